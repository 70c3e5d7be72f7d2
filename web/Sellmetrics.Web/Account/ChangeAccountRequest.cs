namespace Sellmetrics.Web.Account;

/// <summary>A change of name and/or email; an email change needs the password.</summary>
public sealed record ChangeAccountRequest(string? DisplayName, string? Email, string? Password)
{
    public override string ToString() => "ChangeAccountRequest(redacted)";
}
