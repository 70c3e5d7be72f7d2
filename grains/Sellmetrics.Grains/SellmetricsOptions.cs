using System.ComponentModel.DataAnnotations;

namespace Sellmetrics.Grains;

/// <summary>Product-wide settings (section <c>Sellmetrics</c>).</summary>
public sealed class SellmetricsOptions : IValidatableObject
{
    public const string Section = "Sellmetrics";

    /// <summary>Fernet keys, comma-separated, newest first; the first encrypts, all decrypt. Never logged.</summary>
    public string? EncryptionKeys { get; set; }

    /// <summary>
    /// Bootstrap addresses, comma-separated: the first of them whose holder verifies it while no admin exists becomes the
    /// first admin, once; after that admins are granted only by admins and this list grants nothing.
    /// </summary>
    public string? Admins { get; set; }

    /// <summary>Where people reach the app, for links in mail (never taken from a request's Host); empty means the app's own address.</summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>When true every user must set up an authenticator before seeing any data (Amazon DPP).</summary>
    public bool RequireMfa { get; set; }

    /// <summary>How long an email verification link works.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan EmailLinkLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a closed account waits before its tenant is purged.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "30.00:00:00")]
    public TimeSpan DeletionGracePeriod { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often a tenant waiting for deletion checks whether its grace period is over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PurgeCheckPeriod { get; set; } = TimeSpan.FromHours(1);

    public bool IsBootstrapAdmin(string email) =>
        (Admins ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Contains(email, StringComparer.OrdinalIgnoreCase);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Admins) && Admins.Split(',').Any(admin => !admin.Contains('@', StringComparison.Ordinal)))
        {
            yield return new ValidationResult("Sellmetrics:Admins must be comma-separated email addresses.", [nameof(Admins)]);
        }

        if (PublicBaseUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(url.Query)))
        {
            yield return new ValidationResult("Sellmetrics:PublicBaseUrl must be an absolute http(s) URL without a query.", [nameof(PublicBaseUrl)]);
        }
    }

    public override string ToString() => "SellmetricsOptions(redacted)";
}
