namespace Sellmetrics.Web.Account;

/// <summary>The seller's own account as Settings shows it.</summary>
public sealed record AccountResponse(string Email, string DisplayName, bool MfaEnabled, bool IsAdmin, DateTimeOffset CreatedAt, DateTimeOffset? LastSignInAt);
