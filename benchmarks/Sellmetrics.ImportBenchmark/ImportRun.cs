using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sellmetrics.ImportBenchmark;

/// <summary>One measured import: sign up, connect the default sandbox seller, poll the connection until all history is in.</summary>
internal static class ImportRun
{
    public static async Task<string> MeasureAsync(Uri address, double timeScale, int historyDays)
    {
        using var browser = new Browser(address);
        await browser.SignUpAsync();
        using var sandbox = new HttpClient { BaseAddress = new Uri(address, "/sandbox/control/") };
        var seller = await sandbox.GetFromJsonAsync<JsonElement>("sellers/default");
        var clock = Stopwatch.StartNew();
        var connected = await browser.SendAsync(HttpMethod.Put, "/api/connections/amazon", new
        {
            lwaClientId = seller.GetProperty("lwaClientId").GetString(),
            lwaClientSecret = seller.GetProperty("lwaClientSecret").GetString(),
            refreshToken = seller.GetProperty("refreshToken").GetString(),
            sellerId = seller.GetProperty("sellerId").GetString(),
            marketplaceId = seller.GetProperty("marketplaceId").GetString(),
        });
        connected.EnsureSuccessStatusCode();
        TimeSpan? firstMonth = null;
        JsonElement datasets;
        while (true)
        {
            var connections = await browser.GetJsonAsync("/api/connections");
            datasets = connections[0].GetProperty("datasets");
            firstMonth ??= FirstMonthIn(datasets) ? clock.Elapsed : null;
            if (datasets.EnumerateArray().All(d => d.GetProperty("progress").GetDecimal() == 1m))
            {
                break;
            }

            await Task.Delay(200);
        }

        var full = clock.Elapsed;
        var to = DateOnly.FromDateTime(DateTime.UtcNow);
        var summary = await browser.GetJsonAsync($"/api/profit/summary?from={to.AddDays(-historyDays):yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        return Describe(timeScale, historyDays, firstMonth ?? full, full, datasets, summary);
    }

    // The first month is visible once orders and finances have read back at least 30 days.
    private static bool FirstMonthIn(JsonElement datasets) =>
        datasets.EnumerateArray()
            .Where(d => d.GetProperty("dataset").GetString() is "orders" or "finances")
            .All(d => d.GetProperty("coveredFrom").ValueKind == JsonValueKind.String
                && d.GetProperty("coveredFrom").GetDateTimeOffset() <= DateTimeOffset.UtcNow.AddDays(-29.9));

    private static string Describe(double timeScale, int historyDays, TimeSpan firstMonth, TimeSpan full, JsonElement datasets, JsonElement summary)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"Import of the default sandbox seller, {historyDays} days, sandbox TimeScale {timeScale}");
        text.AppendLine(invariant, $"  first 30 days visible after {firstMonth.TotalSeconds:F1} s (at TimeScale 1 about {firstMonth.TotalSeconds * timeScale / 60:F0} min)");
        text.AppendLine(invariant, $"  full history after {full.TotalSeconds:F1} s (at TimeScale 1 about {full.TotalSeconds * timeScale / 3600:F1} h)");
        text.AppendLine("  dataset          api calls  throttled  rows");
        long calls = 0, rows = 0;
        foreach (var d in datasets.EnumerateArray())
        {
            calls += d.GetProperty("apiCalls").GetInt64();
            rows += d.GetProperty("rows").GetInt64();
            text.AppendLine(invariant, $"  {d.GetProperty("dataset").GetString(),-16} {d.GetProperty("apiCalls").GetInt64(),9}  {d.GetProperty("throttles").GetInt64(),9}  {d.GetProperty("rows").GetInt64(),6}");
        }

        text.AppendLine(invariant, $"  {"total",-16} {calls,9}             {rows,6}  ({rows / full.TotalSeconds:F0} rows/s end to end)");
        var totals = summary.GetProperty("totals")[0];
        text.AppendLine(invariant, $"  {totals.GetProperty("orders").GetInt32()} orders, revenue {totals.GetProperty("revenue").GetDecimal():N2} {totals.GetProperty("currency").GetString()}, net profit {totals.GetProperty("netProfit").GetDecimal():N2}");
        return text.ToString();
    }
}
