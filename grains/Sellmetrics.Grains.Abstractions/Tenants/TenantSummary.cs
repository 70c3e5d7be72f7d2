namespace Sellmetrics.Grains.Tenants;

/// <summary>A tenant as the grain management endpoint shows it; no business data.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.tenant-summary")]
public sealed record TenantSummary(
    [property: Id(0)] Guid TenantId,
    [property: Id(1)] string Status,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] DateTimeOffset? PurgeAfter,
    [property: Id(4)] int UserCount,
    [property: Id(5)] IReadOnlyList<string> Connections,
    [property: Id(6)] string ActivationSilo,
    [property: Id(7)] DateTimeOffset ActivatedAt,
    [property: Id(8)] long SchemaBytes,
    [property: Id(9)] int SchemaTables,
    [property: Id(10)] int GrainStateRows,
    [property: Id(11)] int Reminders);
