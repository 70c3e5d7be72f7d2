using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Sellmetrics.Grains.Mail;

/// <summary>Delivers through the configured SMTP server, one connection per message.</summary>
public sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var mail = options.Value;
        using var client = new SmtpClient { Timeout = (int)mail.Timeout.TotalMilliseconds };
        await client.ConnectAsync(mail.Host!, mail.Port, mail.Security, cancellationToken);
        if (!string.IsNullOrEmpty(mail.UserName))
        {
            await client.AuthenticateAsync(mail.UserName, mail.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
