using Sellmetrics.Profit.Fees;

namespace Sellmetrics.Profit.Tests.Fees;

public sealed class FeeCategoriesTests
{
    [Theory]
    [InlineData("Commission", FeeCategory.Referral)]
    [InlineData("commission", FeeCategory.Referral)]
    [InlineData("Commission on Product", FeeCategory.Referral)]
    [InlineData("FBAPerUnitFulfillmentFee", FeeCategory.Fulfillment)]
    [InlineData("FBAPerOrderFulfillmentFee", FeeCategory.Fulfillment)]
    [InlineData("FBAWeightBasedFee", FeeCategory.Fulfillment)]
    [InlineData("FBAStorageFee", FeeCategory.Storage)]
    [InlineData("FBALongTermStorageFee", FeeCategory.Storage)]
    [InlineData("FixedClosingFee", FeeCategory.Other)]
    [InlineData("VariableClosingFee", FeeCategory.Other)]
    [InlineData("ShippingChargeback", FeeCategory.Other)]
    [InlineData("FBAInboundPlacementServiceFee", FeeCategory.Other)]
    [InlineData("Subscription", FeeCategory.Other)]
    public void EachFeeTypeFallsInTheCategoryTheDesignNames(string feeType, FeeCategory expected) =>
        Assert.Equal(expected, FeeCategories.Of(feeType));
}
