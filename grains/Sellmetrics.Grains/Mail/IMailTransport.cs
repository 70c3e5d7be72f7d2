using MimeKit;

namespace Sellmetrics.Grains.Mail;

/// <summary>Hands one message to the world (an SMTP server or a pickup folder); throws when it could not.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
