using System.ComponentModel.DataAnnotations;
using Sellmetrics.Rules;
using Sellmetrics.Web.Security;

namespace Sellmetrics.Web.Auth;

public sealed record LoginRequest(string? Email, string? Password, string? Code) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        FieldErrors.Of(
            "credentials",
            string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password) || PlainText.HasControlCharacters(Email)
            // No account has a longer address or password, and hashing a megabyte-long password costs the server, not the caller.
            || Email.Length > AccountRules.MaxEmailLength || Password.Length > AccountRules.MaxPasswordLength
                ? "Enter your email and password."
                : null);

    public override string ToString() => "LoginRequest(redacted)";
}
