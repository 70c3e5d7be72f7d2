using System.ComponentModel.DataAnnotations;
using Sellmetrics.Rules;
using Sellmetrics.Web.Security;

namespace Sellmetrics.Web.Auth;

public sealed record RegisterRequest(string? Email, string? DisplayName, string? Password, bool ConfirmAdult) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        FieldErrors.Of(AccountRules.Validate(Email, DisplayName, Password, ConfirmAdult));

    public override string ToString() => "RegisterRequest(redacted)";
}
