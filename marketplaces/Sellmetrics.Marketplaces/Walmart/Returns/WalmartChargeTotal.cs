namespace Sellmetrics.Marketplaces.Walmart.Returns;

/// <summary>A line total: lineUnitPrice, lineProductTaxes, lineTotalTaxes, lineSubTotal or lineTotal.</summary>
public sealed record WalmartChargeTotal(string Name, WalmartCurrencyAmount? Value);
