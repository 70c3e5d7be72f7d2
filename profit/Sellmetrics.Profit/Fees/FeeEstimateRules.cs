namespace Sellmetrics.Profit.Fees;

/// <summary>
/// Settings of the <see cref="FeeEstimator"/>: the referral rate used when a SKU has no fee history yet,
/// and how many of the SKU's latest settled order items make its history.
/// </summary>
public sealed record FeeEstimateRules(decimal ReferralRate = 0.15m, int SampleSize = 5)
{
    public static FeeEstimateRules Default { get; } = new();
}
