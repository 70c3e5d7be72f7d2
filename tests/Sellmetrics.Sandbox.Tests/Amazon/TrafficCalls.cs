using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Sellmetrics.Sandbox.Truth;

namespace Sellmetrics.Sandbox.Tests.Amazon;

/// <summary>One day's sales and traffic report per listing, and the sandbox's traffic truth of the same days.</summary>
public static class TrafficCalls
{
    public static async Task<Dictionary<string, JsonElement>> ReportRowsAsync(SandboxApp sandbox, string token, DateOnly day, string granularity = "SKU")
    {
        var json = await ReportFlow.RunAsync(sandbox, token, new
        {
            reportType = "GET_SALES_AND_TRAFFIC_REPORT",
            marketplaceIds = new[] { "ATVPDKIKX0DER" },
            dataStartTime = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            dataEndTime = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            reportOptions = new { dateGranularity = "DAY", asinGranularity = granularity },
        });
        return JsonDocument.Parse(json).RootElement.GetProperty("salesAndTrafficByAsin").EnumerateArray()
            .ToDictionary(r => granularity == "SKU" ? r.GetProperty("sku").GetString()! : r.GetProperty("childAsin").GetString()!);
    }

    public static async Task<List<TrafficTruthRow>> TruthAsync(SandboxApp sandbox, string sellerId, DateOnly from, DateOnly to) =>
        (await sandbox.Http.GetFromJsonAsync<List<TrafficTruthRow>>(
            string.Create(CultureInfo.InvariantCulture, $"/sandbox/control/sellers/{sellerId}/truth/traffic?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}"),
            JsonSerializerOptions.Web, TestContext.Current.CancellationToken))!;

    /// <summary>A report row's figures in the truth's shape, to compare the two.</summary>
    public static TrafficFigures Figures(JsonElement row)
    {
        var traffic = row.GetProperty("trafficByAsin");
        var sales = row.GetProperty("salesByAsin");
        return new TrafficFigures(
            traffic.GetProperty("sessions").GetInt32(),
            traffic.GetProperty("browserSessions").GetInt32(),
            traffic.GetProperty("mobileAppSessions").GetInt32(),
            traffic.GetProperty("pageViews").GetInt32(),
            traffic.GetProperty("browserPageViews").GetInt32(),
            traffic.GetProperty("mobileAppPageViews").GetInt32(),
            traffic.GetProperty("buyBoxPercentage").GetDecimal(),
            sales.GetProperty("unitsOrdered").GetInt32(),
            sales.GetProperty("orderedProductSales").GetProperty("amount").GetDecimal(),
            sales.GetProperty("totalOrderItems").GetInt32(),
            traffic.GetProperty("unitSessionPercentage").GetDecimal());
    }
}
