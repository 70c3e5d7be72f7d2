using System.Text.Json;
using Sellmetrics.Marketplaces.Json;

namespace Sellmetrics.Marketplaces.Amazon.Reports.SalesAndTraffic;

/// <summary>Parses the sales and traffic JSON document (property names, not positions, as in every JSON).</summary>
public static class SalesAndTrafficReportParser
{
    public static SalesAndTrafficReport Parse(string json) =>
        JsonSerializer.Deserialize<SalesAndTrafficReport>(json, MarketplaceJson.CamelCase)
        ?? throw new FormatException("The sales and traffic document is empty.");
}
