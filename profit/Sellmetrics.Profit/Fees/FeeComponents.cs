using Sellmetrics.Profit.Ledger;

namespace Sellmetrics.Profit.Fees;

internal static class FeeComponents
{
    public static ProfitComponent Of(FeeCategory category) => category switch
    {
        FeeCategory.Referral => ProfitComponent.ReferralFee,
        FeeCategory.Fulfillment => ProfitComponent.FulfillmentFee,
        FeeCategory.Storage => ProfitComponent.StorageFee,
        _ => ProfitComponent.OtherFee,
    };

    public static FeeCategory? CategoryOf(ProfitComponent component) => component switch
    {
        ProfitComponent.ReferralFee => FeeCategory.Referral,
        ProfitComponent.FulfillmentFee => FeeCategory.Fulfillment,
        ProfitComponent.StorageFee => FeeCategory.Storage,
        ProfitComponent.OtherFee => FeeCategory.Other,
        _ => null,
    };
}
