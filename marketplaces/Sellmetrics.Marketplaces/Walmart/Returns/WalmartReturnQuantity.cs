namespace Sellmetrics.Marketplaces.Walmart.Returns;

public sealed record WalmartReturnQuantity(string? UnitOfMeasure, decimal MeasurementValue);
