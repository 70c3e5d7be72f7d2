namespace Sellmetrics.Sandbox.Truth;

/// <summary>
/// Fees charged, as positive costs, in the DESIGN's categories: referral (commission), fulfillment (FBA per-unit, WFS),
/// storage (FBA storage, long-term storage) and other (closing, inbound placement, subscription, …).
/// </summary>
public sealed record TruthFees(decimal Referral, decimal Fulfillment, decimal Storage, decimal Other)
{
    public static TruthFees Zero { get; } = new(0m, 0m, 0m, 0m);

    public decimal Total => Referral + Fulfillment + Storage + Other;

    /// <summary>A charge of the sandbox's own fee type (negative when charged) as a cost in its category.</summary>
    public static TruthFees Of(string feeType, decimal amount) => feeType switch
    {
        "Commission" => Zero with { Referral = -amount },
        "FBAPerUnitFulfillmentFee" => Zero with { Fulfillment = -amount },
        "FBAStorageFee" or "FBALongTermStorageFee" => Zero with { Storage = -amount },
        _ => Zero with { Other = -amount },
    };

    public TruthFees Add(TruthFees other) => new(Referral + other.Referral, Fulfillment + other.Fulfillment, Storage + other.Storage, Other + other.Other);
}
