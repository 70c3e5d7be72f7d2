namespace Sellmetrics.Sandbox.Generation;

/// <summary>An order shipped: sales, promotions and fees per item.</summary>
internal sealed record ShipmentPosted(AmazonOrder Order)
    : FinancialEvent(Order.ShippedAt!.Value, Order.AmazonOrderId)
{
    public override decimal Total => Order.Items.Sum(i => i.ItemPrice + i.ShippingPrice + i.GiftWrapPrice - i.PromotionDiscount - i.ShippingDiscount + i.Fees.Sum(f => f.Amount));

    public override AmazonMarketplace Marketplace => Order.Marketplace;
}
