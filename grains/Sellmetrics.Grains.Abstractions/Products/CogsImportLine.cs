namespace Sellmetrics.Grains.Products;

/// <summary>One valid row of a unit-cost CSV import.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.cogs-import-line")]
public sealed record CogsImportLine(
    [property: Id(0)] string MarketplaceId,
    [property: Id(1)] string Sku,
    [property: Id(2)] decimal UnitCost,
    [property: Id(3)] string Currency,
    [property: Id(4)] DateOnly EffectiveFrom);
