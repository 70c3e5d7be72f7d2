namespace Sellmetrics.Web.Account;

/// <summary>The seller's own account as Settings shows it; <see cref="PendingEmail"/> waits for its link to be opened.</summary>
public sealed record AccountResponse(
    string Email, string DisplayName, bool MfaEnabled, bool IsAdmin, DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt, bool EmailVerified, string? PendingEmail);
