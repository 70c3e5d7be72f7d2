using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Sellmetrics.Data.Mail;
using Sellmetrics.Grains.Outbox;

namespace Sellmetrics.Grains.Mail;

/// <summary>Delivers due outbox mail through the configured transport (SMTP, or a pickup folder).</summary>
public sealed class MailOutboxSender(
    MailOutbox outbox,
    IMailTransport transport,
    MailOutboxSignal signal,
    IOptions<MailOptions> options,
    ILogger<MailOutboxSender> logger) : OutboxSender<OutboxMail>(signal, options.Value, logger)
{
    protected override string Kind => "Mail";

    protected override Task<IReadOnlyList<OutboxMail>> ClaimAsync(int count, TimeSpan lease, CancellationToken cancellationToken) =>
        outbox.ClaimAsync(count, lease, cancellationToken);

    protected override (long Id, int Attempt) IdOf(OutboxMail row) => (row.Id, row.Attempt);

    protected override Task DeliverAsync(OutboxMail row, CancellationToken cancellationToken) =>
        transport.SendAsync(MessageOf(row.Mail), cancellationToken);

    protected override Task MarkSentAsync(long id, CancellationToken cancellationToken) => outbox.MarkSentAsync(id, cancellationToken);

    protected override Task MarkFailedAsync(long id, string error, TimeSpan? retryIn, CancellationToken cancellationToken) =>
        outbox.MarkFailedAsync(id, error, retryIn, cancellationToken);

    private MimeMessage MessageOf(OutgoingMail mail)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(MailboxAddress.Parse(mail.Recipient));
        message.Subject = mail.Subject;
        message.Body = new TextPart("plain") { Text = mail.Body };
        return message;
    }
}
