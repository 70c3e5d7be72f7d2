namespace Sellmetrics.Grains.Accounts;

/// <summary>A pending authenticator secret to show once, as text and as an otpauth URI. Never logged.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.mfa-setup")]
public sealed record MfaSetup([property: Id(0)] string Secret, [property: Id(1)] string OtpAuthUri)
{
    public override string ToString() => "MfaSetup(redacted)";
}
