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
    ILogger<MailOutboxSender> logger) : OutboxSender<OutboxMail>(outbox, signal, options.Value, logger)
{
    protected override string Kind => "Mail";

    protected override Task DeliverAsync(OutboxMail row, CancellationToken cancellationToken) =>
        transport.SendAsync(MessageOf(row.Mail), cancellationToken);

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
