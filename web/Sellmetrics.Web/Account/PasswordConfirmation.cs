namespace Sellmetrics.Web.Account;

/// <summary>The password, re-entered to confirm a sensitive action.</summary>
public sealed record PasswordConfirmation(string? Password)
{
    public override string ToString() => "PasswordConfirmation(redacted)";
}
