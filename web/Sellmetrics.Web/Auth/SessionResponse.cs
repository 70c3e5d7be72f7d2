namespace Sellmetrics.Web.Auth;

/// <summary>Whether the caller is signed in, and as whom.</summary>
public sealed record SessionResponse(bool SignedIn, string? Email, string? DisplayName, bool IsAdmin, bool MfaSetupRequired)
{
    public static SessionResponse Anonymous { get; } = new(false, null, null, false, false);
}
