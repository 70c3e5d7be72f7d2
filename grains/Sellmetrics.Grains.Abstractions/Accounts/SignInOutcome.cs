namespace Sellmetrics.Grains.Accounts;

/// <summary>How a sign-in ended. <see cref="Failed"/> says nothing about which part was wrong.</summary>
public enum SignInOutcome
{
    SignedIn,
    Failed,
    CodeRequired,
    AccountClosing,
}
