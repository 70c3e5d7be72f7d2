namespace Sellmetrics.Marketplaces.Amazon.Reports.SalesAndTraffic;

public sealed record SalesAndTrafficByDate(DateOnly Date, SalesByDate? SalesByDate, TrafficByDate? TrafficByDate);
