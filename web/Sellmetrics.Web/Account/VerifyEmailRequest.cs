namespace Sellmetrics.Web.Account;

/// <summary>The token of a verification link, as the verification page read it from the link. Never logged.</summary>
public sealed record VerifyEmailRequest(string? Token)
{
    public override string ToString() => "VerifyEmailRequest(redacted)";
}
