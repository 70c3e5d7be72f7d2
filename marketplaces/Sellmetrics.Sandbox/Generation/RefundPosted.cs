namespace Sellmetrics.Sandbox.Generation;

/// <summary>A refund of a shipped order line.</summary>
internal sealed record RefundPosted(AmazonOrder Order, AmazonRefund Refund)
    : FinancialEvent(Refund.PostedAt, Order.AmazonOrderId + "/" + Refund.AdjustmentItemId)
{
    public override decimal Total => Refund.Principal + Refund.PromotionReturned + Refund.CommissionReturned + Refund.RefundCommission;

    public override AmazonMarketplace Marketplace => Order.Marketplace;
}
