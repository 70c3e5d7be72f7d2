using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Sellmetrics.Data.Outbox;

namespace Sellmetrics.Grains.Outbox;

/// <summary>
/// Delivers one outbox's due rows on every silo: rows are claimed with a lease (so two silos never deliver one at the
/// same time), delivered, then marked sent; a failed attempt is retried with a doubling delay until it is given up.
/// Only row ids, attempts and error kinds are logged, never recipients, addresses or bodies.
/// </summary>
public abstract partial class OutboxSender<TRow>(OutboxTable<TRow> outbox, OutboxSignal signal, OutboxDeliveryOptions options, ILogger logger)
    : BackgroundService
    where TRow : IOutboxRow
{
    private const int BatchSize = 20;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

    /// <summary>What the logs call a row of this outbox ("Mail", "Webhook").</summary>
    protected abstract string Kind { get; }

    /// <summary>Delivers one row; an exception is a failed attempt, named in the log by its type.</summary>
    protected abstract Task DeliverAsync(TRow row, CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SendDueAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(logger, Kind, exception);
            }

            try
            {
                await signal.WaitAsync(options.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task SendDueAsync(CancellationToken cancellationToken)
    {
        // The lease outlasts one delivery per row of the batch, so no other silo takes a row still being delivered.
        var lease = options.Timeout * (BatchSize + 1);
        IReadOnlyList<TRow> due;
        while ((due = await outbox.ClaimAsync(BatchSize, lease, cancellationToken)).Count > 0)
        {
            foreach (var row in due)
            {
                await DeliverOneAsync(row, cancellationToken);
            }
        }
    }

    private async Task DeliverOneAsync(TRow row, CancellationToken cancellationToken)
    {
        var (id, attempt) = (row.Id, row.Attempt);
        try
        {
            await DeliverAsync(row, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var retryIn = attempt >= options.MaxAttempts ? (TimeSpan?)null : RetryDelayAfter(attempt);
            await outbox.MarkFailedAsync(id, exception.GetType().Name, retryIn, cancellationToken);
            LogAttemptFailed(logger, Kind, id, attempt, exception.GetType().Name, retryIn);
            return;
        }

        await outbox.MarkSentAsync(id, cancellationToken);
        LogSent(logger, Kind, id, attempt);
    }

    private TimeSpan RetryDelayAfter(int attempt)
    {
        var delay = options.RetryDelay * Math.Pow(2, Math.Min(attempt - 1, 20));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} {RowId} delivered at attempt {Attempt}")]
    private static partial void LogSent(ILogger logger, string kind, long rowId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Kind} {RowId} attempt {Attempt} failed ({Error}); next attempt in {RetryIn} (none: given up)")]
    private static partial void LogAttemptFailed(ILogger logger, string kind, long rowId, int attempt, string error, TimeSpan? retryIn);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for due {Kind} rows failed; trying again at the next poll")]
    private static partial void LogSweepFailed(ILogger logger, string kind, Exception exception);
}
