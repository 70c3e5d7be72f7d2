namespace Sellmetrics.Marketplaces.Walmart.Orders;

/// <summary>A refunded amount (negative) and why.</summary>
public sealed record WalmartRefundCharge(string? RefundReason, WalmartCharge? Charge);
