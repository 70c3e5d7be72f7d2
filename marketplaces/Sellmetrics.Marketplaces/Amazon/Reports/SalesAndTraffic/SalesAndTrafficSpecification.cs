namespace Sellmetrics.Marketplaces.Amazon.Reports.SalesAndTraffic;

public sealed record SalesAndTrafficSpecification(
    string? ReportType,
    IReadOnlyDictionary<string, string>? ReportOptions,
    DateOnly? DataStartTime,
    DateOnly? DataEndTime,
    IReadOnlyList<string>? MarketplaceIds);
