namespace Sellmetrics.Data.Identity;

/// <summary>A live row of <c>identity.sessions</c>: one sign-in, valid until it expires or is revoked.</summary>
public sealed record SessionRecord(Guid Id, Guid UserId, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
