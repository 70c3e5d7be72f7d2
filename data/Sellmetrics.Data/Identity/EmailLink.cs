namespace Sellmetrics.Data.Identity;

/// <summary>An account's open verification link: the address it proves and the SHA-256 of its token (the token itself is only in the mail).</summary>
public sealed record EmailLink(Guid UserId, string Email, byte[] TokenHash, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    public override string ToString() => $"EmailLink({UserId}, expires {ExpiresAt:O})";
}
