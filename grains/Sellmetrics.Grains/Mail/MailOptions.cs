using System.ComponentModel.DataAnnotations;
using MailKit.Security;
using MimeKit;

namespace Sellmetrics.Grains.Mail;

/// <summary>How the outbox delivers mail (section <c>Mail</c>): by SMTP when a host is set, else as .eml files in a pickup folder.</summary>
public sealed class MailOptions : IValidatableObject
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

    /// <summary>How often the sender looks for due mail (it is also woken when a mail is queued on this silo).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Wait after a first failed attempt; it doubles with each further one, up to an hour.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts before a mail is given up.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 12;

    /// <summary>How long one SMTP conversation may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

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
