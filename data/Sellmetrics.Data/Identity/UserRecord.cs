namespace Sellmetrics.Data.Identity;

/// <summary>A row of <c>identity.users</c>. Secrets are stored sealed or hashed, never in plain text.</summary>
public sealed record UserRecord(
    Guid Id,
    Guid TenantId,
    string Email,
    string DisplayName,
    string PasswordHash,
    string Role,
    string? MfaSecretSealed,
    string? MfaPendingSealed,
    long? MfaLastStep,
    IReadOnlyList<string> RecoveryCodeHashes,
    DateTimeOffset AdultConfirmedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastSignInAt)
{
    /// <summary>When the holder of <see cref="Email"/> opened a link sent to it; null while unproven. Written only by <see cref="EmailVerificationStore"/>.</summary>
    public DateTimeOffset? EmailVerifiedAt { get; init; }

    public bool MfaEnabled => MfaSecretSealed is not null;

    public override string ToString() => $"UserRecord({Id}, tenant {TenantId}, secrets redacted)";
}
