using System.Text.Json.Serialization;
using Sellmetrics.Marketplaces.Json;

namespace Sellmetrics.Marketplaces.Walmart.Inventory;

public sealed record WfsShipNode(
    [property: JsonConverter(typeof(EpochOrIsoDateTimeOffsetConverter))] DateTimeOffset? ModifiedDate,
    int? AvailToSellQty,
    int? OnHandQty,
    string? ShipNodeType);
