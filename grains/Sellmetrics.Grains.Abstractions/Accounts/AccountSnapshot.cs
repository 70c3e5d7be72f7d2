namespace Sellmetrics.Grains.Accounts;

/// <summary>A seller's own account as Settings shows it.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.account")]
public sealed record AccountSnapshot(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] Guid TenantId,
    [property: Id(2)] string Email,
    [property: Id(3)] string DisplayName,
    [property: Id(4)] bool MfaEnabled,
    [property: Id(5)] bool IsAdmin,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] DateTimeOffset? LastSignInAt)
{
    /// <summary>Whether the holder of <see cref="Email"/> opened a link sent to it.</summary>
    [Id(8)]
    public bool EmailVerified { get; init; }

    /// <summary>An address asked for and not yet proven (the account's own while unverified), or null.</summary>
    [Id(9)]
    public string? PendingEmail { get; init; }
}
