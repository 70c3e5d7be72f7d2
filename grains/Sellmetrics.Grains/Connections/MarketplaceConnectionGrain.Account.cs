using Microsoft.Extensions.Logging;
using Sellmetrics.Data.Connections;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Rules;

namespace Sellmetrics.Grains.Connections;

public sealed partial class MarketplaceConnectionGrain
{
    private bool _accountConfirmed;

    // A connection stored before seller ids were verified may name an account its grant is not for. It pulls nothing, and
    // so spends no one's rate budget, until Amazon confirms the account (once per activation); refused, it stops as revoked.
    private async Task<bool> AccountConfirmedAsync(CancellationToken cancellationToken)
    {
        if (_accountConfirmed || _connection is not { Marketplace: MarketplaceNames.Amazon } connection)
        {
            return true;
        }

        var credentials = vault.OpenAmazon(connection.SealedCredentials);
        var checkedAccount = MarketplaceAccountIds.IsAmazonSellerId(credentials.SellerId) ? await check.CheckAmazonAsync(credentials, cancellationToken) : null;
        var outcome = checkedAccount is null ? ConnectOutcome.AccountMismatch : Outcome(checkedAccount.Outcome);
        switch (outcome)
        {
            case ConnectOutcome.Connected:
                _accountConfirmed = true;
                await NoteAvailableAsync(connection, checkedAccount!.ParticipatingMarketplaceIds);
                return true;
            case ConnectOutcome.Unavailable:
                return false;
            default:
                LogAccountNotConfirmed(_tenantId, _connectionId, outcome);
                await RevokedAsync();
                return false;
        }
    }

    // A connection stored before the picker knew only its own marketplace; the confirmation says which others it could track.
    private async Task NoteAvailableAsync(ConnectionRow connection, IReadOnlyList<string> participating)
    {
        var available = AvailableIn(Enum.Parse<AmazonRegion>(connection.Region ?? nameof(AmazonRegion.NA), ignoreCase: true), participating);
        if (available.Count > 0 && !available.SequenceEqual(connection.AvailableMarketplaceIds, StringComparer.Ordinal))
        {
            await connections.SetAvailableMarketplacesAsync(_tenantId, _connectionId, available);
            _connection = connection with { AvailableMarketplaceIds = available };
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId} connection {ConnectionId}: Amazon did not confirm the stored seller account ({Outcome}); pulls stopped")]
    private partial void LogAccountNotConfirmed(Guid tenantId, Guid connectionId, ConnectOutcome outcome);
}
