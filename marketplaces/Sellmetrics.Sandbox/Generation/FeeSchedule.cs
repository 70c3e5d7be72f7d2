namespace Sellmetrics.Sandbox.Generation;

/// <summary>The per-item fees Amazon charges when an order line ships (negative amounts).</summary>
internal static class FeeSchedule
{
    /// <summary>The fees of an order line in <paramref name="marketplace"/>'s currency: the referral rate of the category, and the
    /// per-unit fees at that marketplace's price level.</summary>
    public static IReadOnlyList<Fee> ForItem(AmazonMarketplace marketplace, Product product, int quantity, decimal itemPrice, decimal shippingPrice, decimal promotion, bool isFba)
    {
        var fees = new List<Fee>(3);
        var referral = Money.Round(product.Category.ReferralRate * (itemPrice + shippingPrice - promotion));
        fees.Add(new Fee("Commission", -Math.Max(referral, marketplace.Price(0.30m) * quantity)));
        if (isFba)
        {
            fees.Add(new Fee("FBAPerUnitFulfillmentFee", -marketplace.Price(product.FbaFeePerUnit) * quantity));
        }

        if (product.Category.ClosingFee > 0)
        {
            fees.Add(new Fee("VariableClosingFee", -marketplace.Price(product.Category.ClosingFee) * quantity));
        }

        return fees;
    }

    /// <summary>Amazon's refund administration fee: 20% of the returned referral fee, at most 5.00.</summary>
    public static decimal RefundCommission(decimal commissionReturned) =>
        -Math.Min(5.00m, Money.Round(0.20m * commissionReturned));
}
