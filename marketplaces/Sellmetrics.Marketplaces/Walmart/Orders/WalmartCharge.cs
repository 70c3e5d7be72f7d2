namespace Sellmetrics.Marketplaces.Walmart.Orders;

/// <summary>A charge: <see cref="ChargeType"/> PRODUCT or SHIPPING, <see cref="ChargeName"/> e.g. ItemPrice or Shipping.</summary>
public sealed record WalmartCharge(string? ChargeType, string? ChargeName, WalmartMoney? ChargeAmount, WalmartTax? Tax);
