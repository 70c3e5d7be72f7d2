namespace Sellmetrics.Marketplaces.Amazon.Inventory;

public sealed record ResearchingQuantity(int? TotalResearchingQuantity);
