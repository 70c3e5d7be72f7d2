namespace Sellmetrics.Profit.Fees;

/// <summary>A settled order of a SKU: the units it sold and the real fees charged for them; the <see cref="FeeEstimator"/> learns from these.</summary>
public sealed record FeeSample(string OrderId, DateTimeOffset PurchasedAt, string Currency, int Units, FeeBreakdown Fees);
