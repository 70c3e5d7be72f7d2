using Microsoft.Extensions.Logging;
using Sellmetrics.Data.Connections;
using Sellmetrics.Marketplaces;
using Sellmetrics.Marketplaces.Auth;

namespace Sellmetrics.Grains.Connections;

// The pull loop runs on the grain's scheduler but outside any request (a reminder tick starts it and returns), one
// step at a time: each step reads one window, stores its facts and progress in one transaction, then tells the grains.
public sealed partial class MarketplaceConnectionGrain
{
    private readonly HashSet<DatasetKey> _forced = [];
    private readonly HashSet<DatasetKey> _ran = [];
    private CancellationTokenSource? _stop;
    private Task _loop = Task.CompletedTask;
    private DatasetKey? _running;
    private bool _resumed;

    private void StartPulling()
    {
        if (!_loop.IsCompleted || _connection is null)
        {
            return;
        }

        _stop?.Dispose();
        _stop = new CancellationTokenSource();
        _loop = PullWhileDueAsync(_stop.Token);
    }

    private async Task StopPullingAsync()
    {
        if (_stop is null)
        {
            return;
        }

        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _stop = null;
    }

    private async Task PullWhileDueAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            if (!await AccountConfirmedAsync(cancellationToken))
            {
                return;
            }

            var contexts = new Dictionary<string, PullContext>(StringComparer.Ordinal);
            if (_resumed)
            {
                // A pull was cut off (silo stopped) between storing facts and telling the grains: rebuild from the schema.
                foreach (var marketplace in _connection!.MarketplaceIds)
                {
                    await pulls.Dispatcher.ReloadAllAsync(_tenantId, marketplace, cancellationToken);
                }

                _resumed = false;
            }

            while (!cancellationToken.IsCancellationRequested && NextStep() is { } step)
            {
                DelayDeactivation(TimeSpan.FromMinutes(30));
                var marketplace = step.MarketplaceId.Length > 0 ? step.MarketplaceId : _connection!.MarketplaceId;
                if (!contexts.TryGetValue(marketplace, out var context))
                {
                    contexts[marketplace] = context = OpenContext(marketplace);
                }

                await RunStepAsync(context, step, cancellationToken);
            }

            await MarkIdleAsync();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (MarketplaceAuthorizationRevokedException)
        {
            await RevokedAsync();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The next reminder tick starts again from the stored progress; only the kind of failure is logged.
            LogLoopFailed(_tenantId, _connectionId, e.GetType().Name);
        }
        finally
        {
            _running = null;
        }
    }

    private SyncStep? NextStep() =>
        SyncPlanner.Next(_pulls, _connection!.MarketplaceIds, _progress.GetValueOrDefault, time.GetUtcNow(), options.Value, _forced.Contains);

    private async Task RunStepAsync(PullContext context, SyncStep step, CancellationToken cancellationToken)
    {
        var key = step.Key;
        var name = step.Pull.Name;
        var now = time.GetUtcNow();
        var before = _progress.GetValueOrDefault(key) ?? NewProgress(step, now);
        _running = key;
        _forced.Remove(key);
        _ran.Add(key);
        var calls = pulls.Statistics.Snapshot(context.Account);
        try
        {
            var batches = await step.Pull.ReadAsync(context, step.Window, step.Kind, cancellationToken);
            var refused = batches.SelectMany(b => b.RefusedLines).ToList();
            var rows = batches.Sum(b => b.Count);
            LogRefused(name, refused);
            var after = Advance(before, step, rows, pulls.Statistics.Snapshot(context.Account) - calls, now) with
            {
                RefusedLines = before.RefusedLines + refused.Count,
            };
            var changed = await pulls.Store.UpsertAsync(_tenantId, batches, after, cancellationToken);
            _progress[key] = after;
            foreach (var batch in changed)
            {
                await pulls.Dispatcher.DispatchAsync(_tenantId, batch, cancellationToken);
            }

            LogStep(name, step.MarketplaceId, step.Kind, step.Window.From, step.Window.To, rows, changed.Sum(b => b.Count));
        }
        catch (Exception e) when (e is MarketplaceApiException or MarketplaceAuthenticationException)
        {
            var failed = Advance(before, step, 0, pulls.Statistics.Snapshot(context.Account) - calls, now) with
            {
                CoveredFrom = before.CoveredFrom,
                CoveredTo = before.CoveredTo,
                LastSuccessAt = before.LastSuccessAt,
                State = DatasetStates.Failed,
                Error = e is MarketplaceApiException api ? Describe(api) : "The marketplace refused the stored credentials.",
            };
            _progress[key] = failed;
            await syncState.SaveAsync(_tenantId, failed, cancellationToken);
            LogStepFailed(name, failed.Error);
        }
    }

    private void LogRefused(string dataset, IReadOnlyList<string> refused)
    {
        foreach (var kind in refused.GroupBy(k => k, StringComparer.Ordinal))
        {
            LogLinesRefused(_tenantId, _connectionId, dataset, kind.Count(), kind.Key);
        }
    }

    private DatasetProgress NewProgress(SyncStep step, DateTimeOffset now) => new(
        _connectionId, step.Pull.Name, DatasetStates.Running, now - step.Pull.History(options.Value), null, null, now, null, now, 0, 0, 0, null, null,
        MarketplaceId: step.MarketplaceId);

    private static DatasetProgress Advance(DatasetProgress before, SyncStep step, int rows, CallCounts calls, DateTimeOffset now) => before with
    {
        State = DatasetStates.Running,
        CoveredFrom = before.CoveredFrom is { } from && from < step.Window.From ? from : step.Window.From,
        CoveredTo = before.CoveredTo is { } to && to > step.Window.To ? to : step.Window.To,
        LastSuccessAt = step.Kind == SyncStepKind.History ? before.LastSuccessAt : now,
        LastAttemptAt = now,
        Rows = before.Rows + rows,
        ApiCalls = before.ApiCalls + calls.Calls,
        Throttles = before.Throttles + calls.Throttled,
        Error = null,
    };

    private async Task MarkIdleAsync()
    {
        foreach (var key in _ran.Where(k => _progress.GetValueOrDefault(k)?.State == DatasetStates.Running).ToList())
        {
            _progress[key] = _progress[key] with { State = DatasetStates.Idle };
            await syncState.SaveAsync(_tenantId, _progress[key]);
        }

        _ran.Clear();
    }

    private async Task RevokedAsync()
    {
        LogRevoked(_tenantId, _connectionId);
        await UnregisterRemindersAsync();
        _connection = _connection! with { Status = ConnectionStatus.Revoked };
        await connections.SetStatusAsync(_tenantId, _connectionId, ConnectionStatus.Revoked);
    }

    private static string Describe(MarketplaceApiException e) =>
        $"{e.Marketplace} {e.Operation} failed" + (e.StatusCode is { } status ? $" with HTTP {(int)status}" : string.Empty)
        + (e.ErrorCode is { } code ? $" ({code})" : string.Empty);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pulled {Dataset} of {MarketplaceId} {Kind} [{From}, {To}): {Rows} rows, {Changed} new or changed")]
    private partial void LogStep(string dataset, string marketplaceId, SyncStepKind kind, DateTimeOffset from, DateTimeOffset to, int rows, int changed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId} connection {ConnectionId}: {Dataset} refused {Count} {Kind} lines with no currency in the payload or the marketplace table")]
    private partial void LogLinesRefused(Guid tenantId, Guid connectionId, string dataset, int count, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pull of {Dataset} failed: {Error}")]
    private partial void LogStepFailed(string dataset, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Tenant {TenantId} connection {ConnectionId}: the pull loop stopped on {ExceptionType}")]
    private partial void LogLoopFailed(Guid tenantId, Guid connectionId, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId} connection {ConnectionId}: the marketplace revoked the authorization; pulls stopped")]
    private partial void LogRevoked(Guid tenantId, Guid connectionId);
}
