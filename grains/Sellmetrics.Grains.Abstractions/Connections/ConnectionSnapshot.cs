namespace Sellmetrics.Grains.Connections;

/// <summary>
/// A marketplace connection and its sync status per dataset (and marketplace); never any credential. An Amazon connection
/// is one seller account in one <see cref="Region"/>: it tracks <see cref="MarketplaceIds"/> (the home one,
/// <see cref="MarketplaceId"/>, first) among the <see cref="AvailableMarketplaceIds"/> the seller participates in there.
/// </summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.connection-snapshot")]
public sealed record ConnectionSnapshot(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Marketplace,
    [property: Id(2)] string MarketplaceId,
    [property: Id(3)] string Account,
    [property: Id(4)] string Status,
    [property: Id(5)] DateTimeOffset ConnectedAt,
    [property: Id(6)] IReadOnlyList<DatasetStatus> Datasets,
    [property: Id(7)] IReadOnlyList<string> MarketplaceIds,
    [property: Id(8)] IReadOnlyList<string> AvailableMarketplaceIds,
    [property: Id(9)] string? Region);
