namespace Sellmetrics.Grains.Connections;

/// <summary>
/// One marketplace account of a tenant (key: tenant key + "/" + connection key): sealed credentials, and the reminders
/// that pull each dataset into the tenant's schema.
/// </summary>
[Alias("sellmetrics.marketplace-connection")]
public interface IMarketplaceConnectionGrain : IGrainWithStringKey
{
    /// <summary>Checks the credentials by a token exchange, seals and stores them, and starts the pulls; called by the connections API.</summary>
    Task<ConnectResult> ConnectAmazonAsync(AmazonConnectionRequest request, string actor);

    /// <summary>Like <see cref="ConnectAmazonAsync"/>, for a Walmart key pair.</summary>
    Task<ConnectResult> ConnectWalmartAsync(WalmartConnectionRequest request, string actor);

    /// <summary>
    /// Replaces the marketplaces an Amazon connection tracks with others the seller participates in (else
    /// <see cref="ConnectOutcome.NotParticipating"/>, nothing changed); null when there is no connection. Called by the connections API.
    /// </summary>
    Task<ConnectResult?> TrackMarketplacesAsync(IReadOnlyList<string> marketplaceIds, string actor);

    /// <summary>Deletes the credentials, stops every pull at once and unregisters the reminders; false when there was no connection.</summary>
    Task<bool> DisconnectAsync(string actor);

    /// <summary>Starts a pull of every dataset now; null when there is no connection.</summary>
    Task<ConnectionSnapshot?> SyncNowAsync();

    /// <summary>The connection and its datasets' sync status; null when there is no connection.</summary>
    Task<ConnectionSnapshot?> GetStatusAsync();

    /// <summary>Reads days (inventory snapshots) in the tenant's new reporting zone from now on; called by the tenant grain when the zone changes.</summary>
    Task UseTimeZoneAsync(string ianaId);

    /// <summary>Re-seals the stored credentials under the newest encryption key; called by key rotation.</summary>
    Task<bool> RotateSealedCredentialsAsync();
}
