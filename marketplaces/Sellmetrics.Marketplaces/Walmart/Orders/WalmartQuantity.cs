namespace Sellmetrics.Marketplaces.Walmart.Orders;

/// <summary>A quantity; the amount is a string on the wire (<c>"1"</c>).</summary>
public sealed record WalmartQuantity(string? UnitOfMeasurement, decimal Amount);
