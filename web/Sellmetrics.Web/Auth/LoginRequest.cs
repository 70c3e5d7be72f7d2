using System.ComponentModel.DataAnnotations;
using Sellmetrics.Rules;
using Sellmetrics.Web.Security;

namespace Sellmetrics.Web.Auth;

public sealed record LoginRequest(string? Email, string? Password, string? Code) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        FieldErrors.Of(
            "credentials",
            string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password) || PlainText.HasControlCharacters(Email) ? "Enter your email and password." : null);

    public override string ToString() => "LoginRequest(redacted)";
}
