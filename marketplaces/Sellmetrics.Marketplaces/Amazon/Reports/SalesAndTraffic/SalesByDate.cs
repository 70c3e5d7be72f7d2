namespace Sellmetrics.Marketplaces.Amazon.Reports.SalesAndTraffic;

public sealed record SalesByDate(
    ReportAmount? OrderedProductSales,
    int? UnitsOrdered,
    int? TotalOrderItems,
    ReportAmount? AverageSalesPerOrderItem,
    decimal? AverageUnitsPerOrderItem,
    ReportAmount? AverageSellingPrice,
    int? UnitsRefunded,
    decimal? RefundRate,
    int? ClaimsGranted,
    ReportAmount? ClaimsAmount,
    ReportAmount? ShippedProductSales,
    int? UnitsShipped,
    int? OrdersShipped);
