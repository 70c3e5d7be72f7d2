namespace Sellmetrics.Marketplaces.Amazon.Reports.SalesAndTraffic;

/// <summary>The <c>GET_SALES_AND_TRAFFIC_REPORT</c> JSON document.</summary>
public sealed record SalesAndTrafficReport(
    SalesAndTrafficSpecification? ReportSpecification,
    IReadOnlyList<SalesAndTrafficByDate>? SalesAndTrafficByDate,
    IReadOnlyList<SalesAndTrafficByAsin>? SalesAndTrafficByAsin);
