namespace Sellmetrics.Facts;

/// <summary>
/// A service fee (storage, long-term storage, inbound placement, subscription…), signed as the API gives it
/// (charges negative). SP-API service fee events carry no posted date, so the caller dates them by their event group.
/// Without a SKU the fee stays at tenant level.
/// </summary>
public sealed record ServiceFee(
    string Id,
    string Marketplace,
    string? Sku,
    string FeeType,
    DateTimeOffset PostedAt,
    string Currency,
    decimal Amount);
