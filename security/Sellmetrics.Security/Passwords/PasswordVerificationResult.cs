namespace Sellmetrics.Security.Passwords;

/// <summary>Outcome of <see cref="PasswordHasher.Verify"/>.</summary>
public enum PasswordVerificationResult
{
    Failed,
    Success,

    /// <summary>The password is right but its hash is imported or weaker than today's setting: store a fresh hash.</summary>
    SuccessRehashNeeded,
}
