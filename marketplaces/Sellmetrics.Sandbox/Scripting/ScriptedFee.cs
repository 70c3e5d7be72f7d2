namespace Sellmetrics.Sandbox.Scripting;

/// <summary>A fee the shipment event charges for the order line of <see cref="Sku"/> (negative when charged).</summary>
public sealed record ScriptedFee(string? Sku, string? FeeType, decimal Amount);
