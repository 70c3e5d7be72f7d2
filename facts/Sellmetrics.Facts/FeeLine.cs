namespace Sellmetrics.Facts;

/// <summary>
/// One fee charged for an order's item in a shipment event (Walmart: a reconciliation fee row),
/// signed as the API gives it (charges negative); <paramref name="FeeType"/> is the marketplace's own name.
/// </summary>
public sealed record FeeLine(
    string Id,
    string OrderId,
    string Sku,
    string FeeType,
    string Currency,
    decimal Amount,
    DateTimeOffset PostedAt);
