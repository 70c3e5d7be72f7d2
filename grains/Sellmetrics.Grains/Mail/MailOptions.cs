using System.ComponentModel.DataAnnotations;
using MailKit.Security;
using MimeKit;
using Sellmetrics.Grains.Outbox;

namespace Sellmetrics.Grains.Mail;

/// <summary>How the outbox delivers mail (section <c>Mail</c>): by SMTP when a host is set, else as .eml files in a pickup folder.</summary>
public sealed class MailOptions : OutboxDeliveryOptions, IValidatableObject
{
    public const string Section = "Mail";

    /// <summary>SMTP server; empty means mail is written to <see cref="PickupDirectory"/> instead.</summary>
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>TLS mode: StartTls (default), SslOnConnect, StartTlsWhenAvailable, Auto or None.</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>SMTP user; empty means no authentication.</summary>
    public string? UserName { get; set; }

    /// <summary>SMTP password. Never logged.</summary>
    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>Sellmetrics &lt;no-reply@example.com&gt;</c>.</summary>
    [Required]
    public string From { get; set; } = "Sellmetrics <no-reply@localhost>";

    /// <summary>Folder of delivered .eml files without a host; empty means <c>mail</c> in <c>Storage:DataDirectory</c>.</summary>
    public string? PickupDirectory { get; set; }

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MailboxAddress.TryParse(From, out _))
        {
            yield return new ValidationResult("Mail:From must be a mail address such as 'Sellmetrics <no-reply@example.com>'.", [nameof(From)]);
        }

        if (!string.IsNullOrEmpty(UserName) && string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Mail:Password is required with Mail:UserName.", [nameof(Password)]);
        }
    }

    public override string ToString() => "MailOptions(redacted)";
}
