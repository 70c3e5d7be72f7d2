namespace Sellmetrics.Marketplaces.Amazon.Reports.SalesAndTraffic;

public sealed record SalesByAsin(int? UnitsOrdered, ReportAmount? OrderedProductSales, int? TotalOrderItems);
