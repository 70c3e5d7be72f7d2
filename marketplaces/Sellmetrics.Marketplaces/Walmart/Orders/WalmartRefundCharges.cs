namespace Sellmetrics.Marketplaces.Walmart.Orders;

public sealed record WalmartRefundCharges(IReadOnlyList<WalmartRefundCharge>? RefundCharge);
