using System.Text.Json;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>GET_SALES_AND_TRAFFIC_REPORT: a JSON document with sales and traffic per day and per ASIN over the requested dates.</summary>
internal static class SalesAndTrafficDocument
{
    public static ReportDocument Write(Seller seller, SandboxReport report, DateTimeOffset now)
    {
        var first = DateOnly.FromDateTime(report.DataStartTime.UtcDateTime);
        var last = DateOnly.FromDateTime(report.DataEndTime.UtcDateTime);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var days = Enumerable.Range(0, Math.Max(0, last.DayNumber - first.DayNumber + 1)).Select(first.AddDays).Where(d => d < today).ToList();
        var marketplace = report.MarketplaceIds.Select(AmazonMarketplace.Find).FirstOrDefault(m => m is not null);
        var facts = marketplace is null ? [] : days.Select(d => SalesDay.Of(seller, marketplace, d, now)).ToList();
        var currency = (marketplace ?? AmazonMarketplace.UnitedStates).Currency;
        var asinGranularity = report.Options.GetValueOrDefault("asinGranularity", "PARENT");
        var document = new
        {
            reportSpecification = new
            {
                reportType = ReportTypes.SalesAndTraffic,
                reportOptions = new { dateGranularity = "DAY", asinGranularity },
                dataStartTime = first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                dataEndTime = last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                marketplaceIds = report.MarketplaceIds,
            },
            salesAndTrafficByDate = facts.Select(f => SalesAndTrafficJson.ByDate(f, currency)),
            // Every listing has its row, those without orders or sessions too (the importer shows them at zero).
            salesAndTrafficByAsin = (facts.Count == 0 ? [] : seller.Catalog.Products)
                .Select(p => (Product: p, Rows: facts.Select(f => f.ByProduct[p.Index]).ToList()))
                .Select(x => SalesAndTrafficJson.ByAsin(x.Product, x.Rows, asinGranularity, facts.Sum(f => f.Sessions), facts.Sum(f => f.PageViews), currency)),
        };
        return new ReportDocument(JsonSerializer.SerializeToUtf8Bytes(document, SandboxJson.Options), "application/json; charset=UTF-8", days.Count > 0);
    }
}
