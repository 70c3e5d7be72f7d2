using System.Text.Json.Serialization;
using Sellmetrics.Marketplaces.Json;

namespace Sellmetrics.Marketplaces.Walmart.Orders;

/// <summary>A line of a Walmart order (usually one unit per line).</summary>
public sealed record WalmartOrderLine(
    string LineNumber,
    WalmartOrderItem Item,
    WalmartCharges? Charges,
    WalmartQuantity? OrderLineQuantity,
    [property: JsonConverter(typeof(EpochOrIsoDateTimeOffsetConverter))] DateTimeOffset? StatusDate,
    WalmartOrderLineStatuses? OrderLineStatuses,
    WalmartRefund? Refund);
