using System.Text.Json.Serialization;

namespace Sellmetrics.Marketplaces.Amazon.Finances;

/// <summary>An item of an adjustment event; <see cref="Quantity"/> is a string on the wire.</summary>
public sealed record AdjustmentItem(
    string? Quantity,
    FinanceAmount? PerUnitAmount,
    FinanceAmount? TotalAmount,
    [property: JsonPropertyName("SellerSKU")] string? SellerSku,
    [property: JsonPropertyName("FnSKU")] string? FnSku,
    string? ProductDescription,
    [property: JsonPropertyName("ASIN")] string? Asin,
    string? TransactionNumber);
