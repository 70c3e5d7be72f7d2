namespace Sellmetrics.Sandbox.Scripting;

/// <summary>
/// A scripted Amazon order. <see cref="Status"/> is where the order ends up (Shipped needs <see cref="ShippedAt"/>;
/// Canceled is cancelled at <see cref="CanceledAt"/>, default the purchase; Pending stays pending; Unshipped never ships);
/// without it the order is Shipped when it has a ship date, else Unshipped. Its fees post in the shipment event at
/// <see cref="ShippedAt"/>; marketplace ATVPDKIKX0DER (USD, default) or A2EUQ1WTGCTBG2 (CAD).
/// </summary>
public sealed record ScriptedOrder(
    string? OrderId,
    DateTimeOffset? PurchasedAt,
    IReadOnlyList<ScriptedOrderItem>? Items,
    string? MarketplaceId = null,
    string? Currency = null,
    string? Status = null,
    DateTimeOffset? ShippedAt = null,
    DateTimeOffset? CanceledAt = null,
    IReadOnlyList<ScriptedFee>? Fees = null,
    IReadOnlyList<ScriptedRefund>? Refunds = null);
