using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Sellmetrics.Data.Mail;

namespace Sellmetrics.Grains.Mail;

/// <summary>
/// Delivers due outbox mail on every silo: rows are claimed with a lease (so two silos never send one mail at the same
/// time), delivered, then marked sent; a failed attempt is retried with a doubling delay until it is given up.
/// Recipients, links and bodies are never logged.
/// </summary>
public sealed partial class MailOutboxSender(
    MailOutbox outbox,
    IMailTransport transport,
    MailOutboxSignal signal,
    IOptions<MailOptions> options,
    ILogger<MailOutboxSender> logger) : BackgroundService
{
    private const int BatchSize = 20;
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromHours(1);

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
                LogSweepFailed(logger, exception);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task SendDueAsync(CancellationToken cancellationToken)
    {
        // The lease outlasts one SMTP conversation per mail of the batch, so no other silo takes a mail still being sent.
        var lease = options.Value.Timeout * (BatchSize + 1);
        IReadOnlyList<OutboxMail> due;
        while ((due = await outbox.ClaimAsync(BatchSize, lease, cancellationToken)).Count > 0)
        {
            foreach (var mail in due)
            {
                await DeliverAsync(mail, cancellationToken);
            }
        }
    }

    private async Task DeliverAsync(OutboxMail mail, CancellationToken cancellationToken)
    {
        try
        {
            await transport.SendAsync(MessageOf(mail.Mail), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var retryIn = mail.Attempt >= options.Value.MaxAttempts ? (TimeSpan?)null : RetryDelayAfter(mail.Attempt);
            await outbox.MarkFailedAsync(mail.Id, exception.GetType().Name, retryIn, cancellationToken);
            LogAttemptFailed(logger, mail.Id, mail.Attempt, exception.GetType().Name, retryIn);
            return;
        }

        await outbox.MarkSentAsync(mail.Id, cancellationToken);
        LogSent(logger, mail.Id, mail.Attempt);
    }

    private TimeSpan RetryDelayAfter(int attempt)
    {
        var delay = options.Value.RetryDelay * Math.Pow(2, Math.Min(attempt - 1, 20));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }

    private MimeMessage MessageOf(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(MailboxAddress.Parse(mail.Recipient));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Body };
        return message;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {MailId} delivered at attempt {Attempt}")]
    private static partial void LogSent(ILogger logger, long mailId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {MailId} attempt {Attempt} failed ({Error}); next attempt in {RetryIn} (none: given up)")]
    private static partial void LogAttemptFailed(ILogger logger, long mailId, int attempt, string error, TimeSpan? retryIn);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for due mail failed; trying again at the next poll")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
