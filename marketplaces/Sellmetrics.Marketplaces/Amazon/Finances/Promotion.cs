namespace Sellmetrics.Marketplaces.Amazon.Finances;

public sealed record Promotion(string? PromotionType, string? PromotionId, FinanceAmount? PromotionAmount);
