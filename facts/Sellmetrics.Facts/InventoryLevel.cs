namespace Sellmetrics.Facts;

/// <summary>
/// Stock of one SKU at one location on one day (FBA: <c>FBA</c>; Walmart: <c>WFS:{shipNode}</c> or <c>SELLER</c>);
/// a later snapshot of the same day replaces the earlier one.
/// </summary>
public sealed record InventoryLevel(
    string Sku,
    string? Asin,
    string Location,
    DateOnly Day,
    int Fulfillable,
    int Inbound,
    int Reserved,
    int Unfulfillable,
    DateTimeOffset ObservedAt);
