using System.Text.Json.Serialization;

namespace Sellmetrics.Marketplaces.Amazon.Finances;

/// <summary>An account-level fee (storage, subscription, inbound placement…); it carries no posted date.</summary>
public sealed record ServiceFeeEvent(
    string? AmazonOrderId,
    string? FeeReason,
    IReadOnlyList<FeeComponent>? FeeList,
    [property: JsonPropertyName("SellerSKU")] string? SellerSku,
    [property: JsonPropertyName("FnSKU")] string? FnSku,
    string? FeeDescription,
    [property: JsonPropertyName("ASIN")] string? Asin,
    string? StoreName);
