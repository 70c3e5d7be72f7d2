using System.ComponentModel.DataAnnotations;
using Sellmetrics.Rules;
using Sellmetrics.Web.Security;

namespace Sellmetrics.Web.Settings;

/// <summary>The body of <c>PUT /api/settings</c>.</summary>
public sealed record SettingsRequest(string? TimeZone) : IValidatableObject
{
    /// <summary>The error of a zone that is not the shape of one, and of one the time zone database does not know.</summary>
    public const string TimeZoneError = "An IANA time zone such as America/Los_Angeles.";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        FieldErrors.Of("timeZone", TimeZone?.Trim() is { Length: > 0 and <= 64 } zone && !PlainText.HasControlCharacters(zone) ? null : TimeZoneError);
}
