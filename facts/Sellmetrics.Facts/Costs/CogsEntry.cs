namespace Sellmetrics.Facts.Costs;

/// <summary>A SKU's unit cost from <paramref name="EffectiveFrom"/> until the next entry takes over.</summary>
public sealed record CogsEntry(string Sku, decimal UnitCost, string Currency, DateOnly EffectiveFrom);
