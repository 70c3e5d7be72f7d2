namespace Sellmetrics.Marketplaces.Amazon.Reports.SalesAndTraffic;

/// <summary>Sales and traffic of one ASIN over the whole requested range (the section has no date).</summary>
public sealed record SalesAndTrafficByAsin(
    string? ParentAsin,
    string? ChildAsin,
    string? Sku,
    SalesByAsin? SalesByAsin,
    TrafficByAsin? TrafficByAsin);
