namespace Sellmetrics.Web.Account;

public sealed record MfaCodeRequest(string? Code)
{
    public override string ToString() => "MfaCodeRequest(redacted)";
}
