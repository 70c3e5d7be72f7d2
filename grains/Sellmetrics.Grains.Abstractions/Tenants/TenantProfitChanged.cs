namespace Sellmetrics.Grains.Tenants;

/// <summary>What changed in a tenant's numbers during one coalescing window: the days, the marketplaces and when.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.tenant-profit-changed")]
public sealed record TenantProfitChanged(
    [property: Id(0)] IReadOnlyList<DateOnly> Days,
    [property: Id(1)] IReadOnlyList<string> Marketplaces,
    [property: Id(2)] DateTimeOffset At);
