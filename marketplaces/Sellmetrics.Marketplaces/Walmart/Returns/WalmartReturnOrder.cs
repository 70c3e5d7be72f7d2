using System.Text.Json.Serialization;
using Sellmetrics.Marketplaces.Json;

namespace Sellmetrics.Marketplaces.Walmart.Returns;

/// <summary>A Walmart return order (RMA), non-PII fields.</summary>
public sealed record WalmartReturnOrder(
    string ReturnOrderId,
    string? CustomerOrderId,
    [property: JsonConverter(typeof(EpochOrIsoDateTimeOffsetConverter))] DateTimeOffset ReturnOrderDate,
    string? RefundMode,
    string? ReturnType,
    WalmartCurrencyAmount? TotalRefundAmount,
    IReadOnlyList<WalmartReturnOrderLine>? ReturnOrderLines);
