namespace Sellmetrics.Sandbox.Scripting;

/// <summary>An FBA product's stock by state; <see cref="UpdatedAt"/> defaults to the moment the seller was scripted.</summary>
public sealed record ScriptedStock(
    string? Sku,
    int Fulfillable,
    int InboundWorking = 0,
    int InboundShipped = 0,
    int InboundReceiving = 0,
    int Reserved = 0,
    int Researching = 0,
    int CustomerDamaged = 0,
    int WarehouseDamaged = 0,
    int Defective = 0,
    DateTimeOffset? UpdatedAt = null);
