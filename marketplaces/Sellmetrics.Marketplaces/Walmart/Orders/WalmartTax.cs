namespace Sellmetrics.Marketplaces.Walmart.Orders;

public sealed record WalmartTax(string? TaxName, WalmartMoney? TaxAmount);
