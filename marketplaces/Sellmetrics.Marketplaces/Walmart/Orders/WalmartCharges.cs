namespace Sellmetrics.Marketplaces.Walmart.Orders;

public sealed record WalmartCharges(IReadOnlyList<WalmartCharge>? Charge);
