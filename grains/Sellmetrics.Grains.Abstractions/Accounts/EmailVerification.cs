namespace Sellmetrics.Grains.Accounts;

/// <summary>How opening an email verification link ended.</summary>
public enum EmailVerification
{
    Verified,
    Invalid,
    Expired,
    Taken,
}
