using Microsoft.Extensions.Logging;
using Sellmetrics.Data.Connections;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Marketplaces.Auth;
using Sellmetrics.Rules;

namespace Sellmetrics.Grains.Connections;

// An Amazon connection is one seller account in one region and tracks a set of its marketplaces, the home one first:
// the home one keeps the account-level fees of its currency, so it changes only when the seller stops tracking it.
public sealed partial class MarketplaceConnectionGrain
{
    public async Task<ConnectResult?> TrackMarketplacesAsync(IReadOnlyList<string> marketplaceIds, string actor)
    {
        if (_connection is not { } connection)
        {
            return null;
        }

        var requested = marketplaceIds.Select(id => id.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var available = connection.AvailableMarketplaceIds;
        if (connection.Marketplace == MarketplaceNames.Amazon && available.Count <= 1 && requested.Any(id => !available.Contains(id, StringComparer.Ordinal)))
        {
            // A connection stored before the picker knows only its own marketplace: ask Amazon again what the seller sells in.
            // Others already know, so an unknown id cannot make every request spend a credential exchange and a call.
            var checkedAccount = await check.CheckAmazonAsync(vault.OpenAmazon(connection.SealedCredentials));
            if (checkedAccount.Outcome == CredentialCheckOutcome.Accepted)
            {
                available = AvailableIn(Enum.Parse<AmazonRegion>(connection.Region!, ignoreCase: true), checkedAccount.ParticipatingMarketplaceIds);
            }
        }

        var refused = requested.Where(id => !available.Contains(id, StringComparer.Ordinal)).ToList();
        if (requested.Count == 0 || refused.Count > 0)
        {
            return new ConnectResult(ConnectOutcome.NotParticipating, null, refused);
        }

        var tracked = TrackedOrder(requested);
        var now = time.GetUtcNow();
        await StopPullingAsync();
        await ForgetAccountWideProgressAsync(tracked);
        await connections.SetMarketplacesAsync(_tenantId, _connectionId, tracked, available, actor, now);
        _connection = connection with { MarketplaceId = tracked[0], MarketplaceIds = tracked, AvailableMarketplaceIds = available, UpdatedAt = now };
        await LoadProgressAsync(CancellationToken.None);
        LogTracking(_tenantId, _connectionId, tracked.Count);
        if (_connection.Status == ConnectionStatus.Connected)
        {
            StartPulling();
        }

        return new ConnectResult(ConnectOutcome.Connected, Snapshot());
    }

    // The home marketplace first (the current one while it stays tracked), then the others in the marketplace table's order.
    private List<string> TrackedOrder(IEnumerable<string> marketplaceIds)
    {
        var ids = marketplaceIds.Distinct(StringComparer.Ordinal).ToList();
        var home = _connection?.MarketplaceId is { } current && ids.Contains(current, StringComparer.Ordinal) ? current : ids[0];
        return [home, .. ids.Where(id => id != home).OrderBy(TableIndex)];
    }

    private static int TableIndex(string marketplaceId) =>
        AmazonMarketplaces.All.Select(m => m.Id).ToList().IndexOf(marketplaceId) is var index and >= 0 ? index : int.MaxValue;

    // Connections stored before connections were regional, one per marketplace: the same seller account in the same
    // region would otherwise read its account-wide finances twice.
    private async Task<List<ConnectionRow>> SiblingsAsync(string sellerId, AmazonRegion region) =>
        [.. (await connections.ListAsync(_tenantId)).Where(c => c.Id != _connectionId && c.Marketplace == MarketplaceNames.Amazon && c.Account == sellerId
            && string.Equals(c.Region, region.ToString(), StringComparison.OrdinalIgnoreCase))];

    private static List<string> AvailableIn(AmazonRegion region, IReadOnlyList<string> participating) =>
        [.. AmazonMarketplaces.All.Where(m => m.Region == region.ToString() && participating.Contains(m.Id, StringComparer.Ordinal)).Select(m => m.Id)];

    // An account-wide dataset (finances) read before a marketplace was tracked holds none of its lines: it is read again
    // from its horizon (its facts are upserted on natural keys, so the marketplaces already tracked do not count twice).
    private async Task ForgetAccountWideProgressAsync(IReadOnlyList<string> tracked)
    {
        if (_connection is not { } previous || tracked.All(id => previous.MarketplaceIds.Contains(id, StringComparer.Ordinal)))
        {
            return;
        }

        foreach (var pull in DatasetPulls.For(previous.Marketplace).Where(p => p.AccountWide))
        {
            await syncState.ForgetAsync(_tenantId, _connectionId, pull.Name, string.Empty);
            _progress.Remove(new DatasetKey(pull.Name, string.Empty));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} connection {ConnectionId} now tracks {Count} marketplaces")]
    private partial void LogTracking(Guid tenantId, Guid connectionId, int count);
}
