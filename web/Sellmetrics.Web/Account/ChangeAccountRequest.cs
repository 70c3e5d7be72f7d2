using System.ComponentModel.DataAnnotations;
using Sellmetrics.Rules;
using Sellmetrics.Web.Security;

namespace Sellmetrics.Web.Account;

/// <summary>A change of name and/or email; an email change needs the password.</summary>
public sealed record ChangeAccountRequest(string? DisplayName, string? Email, string? Password) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var errors = FieldErrors.Of("displayName", DisplayName is null ? null : AccountRules.DisplayNameError(DisplayName))
            .Concat(FieldErrors.Of("email", Email is null ? null : AccountRules.EmailError(Email)))
            .Concat(FieldErrors.Of("password", Email is not null && string.IsNullOrEmpty(Password) ? "Re-enter your password to change your email." : null))
            .ToList();
        return errors.Count > 0 ? errors : FieldErrors.Of("account", DisplayName is null && Email is null ? "Nothing to change." : null);
    }

    public override string ToString() => "ChangeAccountRequest(redacted)";
}
