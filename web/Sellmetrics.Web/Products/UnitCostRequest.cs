namespace Sellmetrics.Web.Products;

/// <summary>The body of <c>PUT /api/products/{marketplaceId}/{sku}/cogs</c>: the unit cost in force from a date on.</summary>
public sealed record UnitCostRequest(decimal? UnitCost, string? Currency, DateOnly? EffectiveFrom);
