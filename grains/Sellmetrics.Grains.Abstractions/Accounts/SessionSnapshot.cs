namespace Sellmetrics.Grains.Accounts;

/// <summary>Who a session belongs to: the claims the web layer puts in the cookie (Id 5, a retired session version, is not reused).</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.session")]
public sealed record SessionSnapshot(
    [property: Id(0)] Guid UserId,
    [property: Id(1)] Guid TenantId,
    [property: Id(2)] string Email,
    [property: Id(3)] string DisplayName,
    [property: Id(4)] bool IsAdmin,
    [property: Id(6)] bool MfaSetupRequired);
