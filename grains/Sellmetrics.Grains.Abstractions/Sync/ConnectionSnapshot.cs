namespace Sellmetrics.Grains.Sync;

/// <summary>A marketplace connection and its sync status per dataset; never any credential.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.connection-snapshot")]
public sealed record ConnectionSnapshot(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Marketplace,
    [property: Id(2)] string MarketplaceId,
    [property: Id(3)] string Account,
    [property: Id(4)] string Status,
    [property: Id(5)] DateTimeOffset ConnectedAt,
    [property: Id(6)] IReadOnlyList<DatasetStatus> Datasets);
