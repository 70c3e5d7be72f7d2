namespace Sellmetrics.Marketplaces.Walmart.Orders;

public sealed record WalmartRefund(string? RefundId, string? RefundComments, WalmartRefundCharges? RefundCharges);
