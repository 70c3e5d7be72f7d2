namespace Sellmetrics.Marketplaces.Amazon.Catalog;

public sealed record CatalogItemSummary(
    string MarketplaceId,
    string? ItemName,
    string? Brand,
    string? Manufacturer,
    string? ModelNumber,
    string? Color,
    string? Size,
    string? ItemClassification,
    string? WebsiteDisplayGroup);
