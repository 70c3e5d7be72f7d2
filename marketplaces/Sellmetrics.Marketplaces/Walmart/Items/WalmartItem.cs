using Sellmetrics.Marketplaces.Walmart.Orders;

namespace Sellmetrics.Marketplaces.Walmart.Items;

/// <summary>One of the seller's Walmart items.</summary>
public sealed record WalmartItem(
    string? Mart,
    string Sku,
    string? Wpid,
    string? Upc,
    string? Gtin,
    string? ProductName,
    string? Shelf,
    string? ProductType,
    WalmartMoney? Price,
    string? PublishedStatus,
    string? LifecycleStatus,
    string? VariantGroupId);
