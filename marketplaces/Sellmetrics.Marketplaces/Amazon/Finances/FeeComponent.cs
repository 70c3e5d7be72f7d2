namespace Sellmetrics.Marketplaces.Amazon.Finances;

/// <summary>A fee line with its type, such as Commission or FBAPerUnitFulfillmentFee.</summary>
public sealed record FeeComponent(string? FeeType, FinanceAmount? FeeAmount);
