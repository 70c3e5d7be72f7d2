namespace Sellmetrics.Web.Account;

/// <summary>The pending authenticator secret, shown once.</summary>
public sealed record MfaSetupResponse(string Secret, string OtpAuthUri)
{
    public override string ToString() => "MfaSetupResponse(redacted)";
}
