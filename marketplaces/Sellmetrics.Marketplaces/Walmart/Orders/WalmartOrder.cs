using System.Text.Json.Serialization;
using Sellmetrics.Marketplaces.Json;

namespace Sellmetrics.Marketplaces.Walmart.Orders;

/// <summary>A Walmart purchase order (non-PII fields); marketplace fees are not here but in the reconciliation report.</summary>
public sealed record WalmartOrder(
    string PurchaseOrderId,
    string CustomerOrderId,
    string? OrderType,
    [property: JsonPropertyName("originalCustomerOrderID")] string? OriginalCustomerOrderId,
    [property: JsonConverter(typeof(EpochOrIsoDateTimeOffsetConverter))] DateTimeOffset OrderDate,
    WalmartOrderLines? OrderLines,
    WalmartShipNode? ShipNode);
