using Microsoft.Extensions.Logging;
using Sellmetrics.Data.Sync;
using Sellmetrics.Marketplaces;
using Sellmetrics.Marketplaces.Auth;

namespace Sellmetrics.Grains.Sync;

// The pull loop runs on the grain's scheduler but outside any request (a reminder tick starts it and returns), one
// step at a time: each step reads one window, stores its facts and progress in one transaction, then tells the grains.
public sealed partial class MarketplaceConnectionGrain
{
    private readonly HashSet<string> _forced = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ran = new(StringComparer.Ordinal);
    private CancellationTokenSource? _stop;
    private Task _loop = Task.CompletedTask;
    private string? _running;
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

            var context = OpenContext();
            if (_resumed)
            {
                // A pull was cut off (silo stopped) between storing facts and telling the grains: rebuild from the schema.
                await pulls.Dispatcher.ReloadAllAsync(_tenantId, _connection!.MarketplaceId, cancellationToken);
                _resumed = false;
            }

            while (!cancellationToken.IsCancellationRequested && NextStep() is { } step)
            {
                DelayDeactivation(TimeSpan.FromMinutes(30));
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

    private SyncStep? NextStep() => SyncPlanner.Next(_pulls, _progress.GetValueOrDefault, time.GetUtcNow(), options.Value, _forced);

    private async Task RunStepAsync(PullContext context, SyncStep step, CancellationToken cancellationToken)
    {
        var name = step.Pull.Name;
        var now = time.GetUtcNow();
        var before = _progress.GetValueOrDefault(name) ?? NewProgress(step, now);
        _running = name;
        _forced.Remove(name);
        _ran.Add(name);
        var calls = pulls.Statistics.Snapshot(context.Account);
        try
        {
            var batch = await step.Pull.ReadAsync(context, step.Window, step.Kind, cancellationToken);
            LogRefused(name, batch.RefusedLines);
            var after = Advance(before, step, batch.Count, pulls.Statistics.Snapshot(context.Account) - calls, now) with
            {
                RefusedLines = before.RefusedLines + batch.RefusedLines.Count,
            };
            var changed = await pulls.Store.UpsertAsync(_tenantId, batch, after, cancellationToken);
            _progress[name] = after;
            await pulls.Dispatcher.DispatchAsync(_tenantId, changed, cancellationToken);
            LogStep(name, step.Kind, step.Window.From, step.Window.To, batch.Count, changed.Count);
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
            _progress[name] = failed;
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
        _connectionId, step.Pull.Name, DatasetStates.Running, now - step.Pull.History(options.Value), null, null, now, null, now, 0, 0, 0, null, null);

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
        foreach (var name in _ran.Where(n => _progress.GetValueOrDefault(n)?.State == DatasetStates.Running).ToList())
        {
            _progress[name] = _progress[name] with { State = DatasetStates.Idle };
            await syncState.SaveAsync(_tenantId, _progress[name]);
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "Pulled {Dataset} {Kind} [{From}, {To}): {Rows} rows, {Changed} new or changed")]
    private partial void LogStep(string dataset, SyncStepKind kind, DateTimeOffset from, DateTimeOffset to, int rows, int changed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId} connection {ConnectionId}: {Dataset} refused {Count} {Kind} lines with no currency in the payload or the marketplace table")]
    private partial void LogLinesRefused(Guid tenantId, Guid connectionId, string dataset, int count, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pull of {Dataset} failed: {Error}")]
    private partial void LogStepFailed(string dataset, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Tenant {TenantId} connection {ConnectionId}: the pull loop stopped on {ExceptionType}")]
    private partial void LogLoopFailed(Guid tenantId, Guid connectionId, string exceptionType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId} connection {ConnectionId}: the marketplace revoked the authorization; pulls stopped")]
    private partial void LogRevoked(Guid tenantId, Guid connectionId);
}
