namespace Sellmetrics.Grains.Sync;

public sealed partial class MarketplaceConnectionGrain
{
    // Calls are counted per connection: two tenants of one seller account share its buckets and breaker, never their statuses.
    private PullContext OpenContext()
    {
        var connection = _connection!;
        var statisticsKey = this.GetPrimaryKeyString();
        if (connection.Marketplace == MarketplaceNames.Amazon)
        {
            var credentials = vault.OpenAmazon(connection.SealedCredentials);
            return new PullContext(_tenantId, connection.MarketplaceId, _zone, pulls.Amazon.Create(credentials, statisticsKey), null, pulls.Facts, time, statisticsKey);
        }

        var walmart = vault.OpenWalmart(connection.SealedCredentials);
        return new PullContext(_tenantId, connection.MarketplaceId, _zone, null, pulls.Walmart.Create(walmart, statisticsKey), pulls.Facts, time, statisticsKey);
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
            [.. _pulls.Select(pull => Status(pull, now))]);
    }

    private DatasetStatus Status(DatasetPull pull, DateTimeOffset now)
    {
        var progress = _progress.GetValueOrDefault(pull.Name);
        var (done, eta) = SyncPlanner.Estimate(pull, progress, now);
        var state = _running == pull.Name ? DatasetStates.Running
            : progress is null ? DatasetStates.Waiting
            : progress.Error is not null ? DatasetStates.Failed
            : DatasetStates.Idle;
        return new DatasetStatus(
            pull.Name, state, progress?.LastSuccessAt, progress?.CoveredFrom, progress?.CoveredTo, progress?.Cursor,
            progress?.Rows ?? 0, progress?.ApiCalls ?? 0, progress?.Throttles ?? 0, progress?.Error, done, eta, progress?.RefusedLines ?? 0);
    }
}
