using Sellmetrics.Rules;

namespace Sellmetrics.Grains.Connections;

public sealed partial class MarketplaceConnectionGrain
{
    // Calls are counted per connection: two tenants of one seller account share its buckets and breaker, never their statuses.
    // One client per tracked marketplace, all under the account's rate budget.
    private PullContext OpenContext(string marketplaceId)
    {
        var connection = _connection!;
        var statisticsKey = this.GetPrimaryKeyString();
        if (connection.Marketplace == MarketplaceNames.Amazon)
        {
            var credentials = vault.OpenAmazon(connection.SealedCredentials) with { MarketplaceId = marketplaceId };
            return new PullContext(
                _tenantId, marketplaceId, connection.MarketplaceIds, _zone, pulls.Amazon.Create(credentials, statisticsKey), null, pulls.Facts, time, statisticsKey);
        }

        var walmart = vault.OpenWalmart(connection.SealedCredentials);
        return new PullContext(
            _tenantId, marketplaceId, connection.MarketplaceIds, _zone, null, pulls.Walmart.Create(walmart, statisticsKey), pulls.Facts, time, statisticsKey);
    }

    private ConnectionSnapshot? Snapshot()
    {
        if (_connection is not { } connection)
        {
            return null;
        }

        var now = time.GetUtcNow();
        return new ConnectionSnapshot(
            connection.Id, connection.Marketplace, connection.MarketplaceId, connection.Account, connection.Status, connection.ConnectedAt,
            [.. SyncPlanner.Targets(_pulls, connection.MarketplaceIds).Select(t => Status(t.Pull, t.Key, now))],
            connection.MarketplaceIds, connection.AvailableMarketplaceIds, connection.Region);
    }

    private DatasetStatus Status(DatasetPull pull, DatasetKey key, DateTimeOffset now)
    {
        var progress = _progress.GetValueOrDefault(key);
        var (done, eta) = SyncPlanner.Estimate(pull, progress, now);
        var state = _running == key ? DatasetStates.Running
            : progress is null ? DatasetStates.Waiting
            : progress.Error is not null ? DatasetStates.Failed
            : DatasetStates.Idle;
        return new DatasetStatus(
            pull.Name, state, progress?.LastSuccessAt, progress?.CoveredFrom, progress?.CoveredTo, progress?.Cursor,
            progress?.Rows ?? 0, progress?.ApiCalls ?? 0, progress?.Throttles ?? 0, progress?.Error, done, eta, progress?.RefusedLines ?? 0, key.MarketplaceId);
    }
}
