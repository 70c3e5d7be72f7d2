using System.Collections.Frozen;

namespace Sellmetrics.Profit.Fees;

/// <summary>
/// The one place a marketplace fee type becomes a category: referral = Commission (Walmart: Commission on Product);
/// fulfillment = FBA per-unit, per-order and weight-based fees (Walmart: WFS fulfillment); storage = FBA storage and long-term storage;
/// other = everything else (closing fees, chargebacks, inbound placement, subscription, …). Names match case-insensitively.
/// </summary>
public static class FeeCategories
{
    private static readonly FrozenDictionary<string, FeeCategory> Known = new Dictionary<string, FeeCategory>
    {
        ["Commission"] = FeeCategory.Referral,
        ["Commission on Product"] = FeeCategory.Referral,
        ["FBAPerUnitFulfillmentFee"] = FeeCategory.Fulfillment,
        ["FBAPerOrderFulfillmentFee"] = FeeCategory.Fulfillment,
        ["FBAWeightBasedFee"] = FeeCategory.Fulfillment,
        ["WFSFulfillmentFee"] = FeeCategory.Fulfillment,
        ["FBAStorageFee"] = FeeCategory.Storage,
        ["FBALongTermStorageFee"] = FeeCategory.Storage,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static FeeCategory Of(string feeType) =>
        Known.TryGetValue(feeType.Trim(), out var category) ? category : FeeCategory.Other;
}
