namespace Sellmetrics.Web.Account;

/// <summary>One-time recovery codes, shown once when MFA is turned on.</summary>
public sealed record RecoveryCodesResponse(IReadOnlyList<string> RecoveryCodes)
{
    public override string ToString() => "RecoveryCodesResponse(redacted)";
}
