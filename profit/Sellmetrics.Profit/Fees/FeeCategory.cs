namespace Sellmetrics.Profit.Fees;

/// <summary>The fee buckets the API reports: referral, fulfillment, storage and everything else.</summary>
public enum FeeCategory
{
    Referral,
    Fulfillment,
    Storage,
    Other,
}
