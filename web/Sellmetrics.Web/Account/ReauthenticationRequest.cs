namespace Sellmetrics.Web.Account;

/// <summary>The password, and when MFA is on a current authenticator or recovery code, re-entered to change the authenticator.</summary>
public sealed record ReauthenticationRequest(string? Password, string? Code)
{
    public override string ToString() => "ReauthenticationRequest(redacted)";
}
