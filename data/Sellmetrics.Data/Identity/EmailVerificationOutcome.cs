namespace Sellmetrics.Data.Identity;

/// <summary>How opening a verification link ended.</summary>
public enum EmailVerificationOutcome
{
    Verified,
    VerifiedAsFirstAdmin,
    Invalid,
    Expired,
    Taken,
}
