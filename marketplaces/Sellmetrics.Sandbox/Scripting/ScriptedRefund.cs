namespace Sellmetrics.Sandbox.Scripting;

/// <summary>A refund of the order line of <see cref="Sku"/>, posted at <see cref="PostedAt"/>, with the fee adjustments
/// Amazon posts with it and, for a unit sent back, its <see cref="Return"/>.</summary>
public sealed record ScriptedRefund(
    string? Sku,
    DateTimeOffset? PostedAt,
    int Quantity,
    decimal Principal,
    decimal Tax = 0m,
    decimal CommissionReturned = 0m,
    decimal RefundCommission = 0m,
    decimal PromotionReturned = 0m,
    ScriptedReturn? Return = null);
