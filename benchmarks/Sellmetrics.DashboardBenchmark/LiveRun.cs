using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace Sellmetrics.DashboardBenchmark;

/// <summary>
/// One measured session in Chromium: sign up and connect the default sandbox seller through the pages, wait for the
/// import, time the dashboard's loads, then have the sandbox take orders one by one and read from the live feed when
/// each was learned (stored by a pull) and when the page showed it.
/// </summary>
internal static class LiveRun
{
    private const int PageLoads = 10;
    private static readonly float Patience = 60_000;

    public static async Task<string> MeasureAsync(Uri address, int orders, double timeScale, int historyDays)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = address.ToString() });
        context.SetDefaultTimeout(Patience);
        var page = await context.NewPageAsync();
        using var sandbox = new HttpClient { BaseAddress = new Uri(address, "/sandbox/control/") };
        var seller = await sandbox.GetFromJsonAsync<JsonElement>("sellers/default");

        await SignUpAsync(page);
        var import = Stopwatch.StartNew();
        await ConnectAsync(page, seller);
        await WaitForImportAsync(context);
        import.Stop();

        var loads = new List<double>();
        for (var load = 0; load < PageLoads; load++)
        {
            var clock = Stopwatch.StartNew();
            await page.GotoAsync("/dashboard.html");
            await page.Locator("body[data-live=connected][data-snapshots='1']").WaitForAsync();
            loads.Add(clock.Elapsed.TotalMilliseconds);
        }

        var rows = await page.Locator("table#products-table tbody tr[data-sku]").CountAsync();
        // An order every 3 s (longer than the orders pull period, so most arrive in pulls of their own), each placed just
        // under two minutes ago (getOrders lists an order two minutes after its last change, as SP-API does); then each
        // one's times as the feed shows them.
        var sellerId = seller.GetProperty("sellerId").GetString();
        var created = new List<(string OrderId, DateTimeOffset At)>();
        for (var order = 0; order < orders; order++)
        {
            using var response = await sandbox.PostAsJsonAsync($"sellers/{sellerId}/orders", new { quantity = 1, placedSecondsAgo = 119 });
            created.Add(((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("amazonOrderId").GetString()!, DateTimeOffset.UtcNow));
            await Task.Delay(3000);
        }

        var latencies = new List<double>();
        var sinceCreated = new List<double>();
        foreach (var (orderId, at) in created)
        {
            var shown = page.Locator($"ol#live-feed > li[data-kind=order][data-order-id='{orderId}']").First;
            await shown.WaitForAsync(new LocatorWaitForOptions { Timeout = 180_000 });
            var learnedAt = DateTimeOffset.Parse((await shown.GetAttributeAsync("data-learned-at"))!, CultureInfo.InvariantCulture);
            var shownAt = DateTimeOffset.Parse((await shown.GetAttributeAsync("data-shown-at"))!, CultureInfo.InvariantCulture);
            latencies.Add((shownAt - learnedAt).TotalMilliseconds);
            sinceCreated.Add((shownAt - at).TotalMilliseconds);
        }

        return Describe(timeScale, historyDays, import.Elapsed, rows, loads, latencies, sinceCreated);
    }

    private static async Task SignUpAsync(IPage page)
    {
        var unique = Guid.NewGuid().ToString("N")[..12];
        await page.GotoAsync("/sign-up.html");
        await page.FillAsync("form#sign-up [name=email]", $"benchmark-{unique}@shop.test");
        await page.FillAsync("form#sign-up [name=displayName]", "Benchmark");
        await page.FillAsync("form#sign-up [name=password]", $"Benchmark-{unique}");
        await page.CheckAsync("form#sign-up [name=confirmAdult]");
        await page.ClickAsync("form#sign-up button[type=submit]");
        await page.ClickAsync("#link-sent #continue-link");
        await page.WaitForURLAsync("**/dashboard.html**");
    }

    private static async Task ConnectAsync(IPage page, JsonElement seller)
    {
        await page.GotoAsync("/connections.html");
        await page.ClickAsync("#amazon-manual-details > summary");
        foreach (var field in new[] { "lwaClientId", "lwaClientSecret", "refreshToken", "sellerId" })
        {
            await page.FillAsync($"form#amazon-manual [name={field}]", seller.GetProperty(field).GetString()!);
        }

        await page.ClickAsync("form#amazon-manual button[type=submit]");
        await page.Locator("[data-connection-id]").First.WaitForAsync();
    }

    private static async Task WaitForImportAsync(IBrowserContext context)
    {
        while (true)
        {
            var response = await context.APIRequest.GetAsync("/api/connections");
            using var connections = JsonDocument.Parse(await response.TextAsync());
            if (connections.RootElement.EnumerateArray().All(c => c.GetProperty("datasets").EnumerateArray().All(d => d.GetProperty("progress").GetDecimal() == 1m)))
            {
                return;
            }

            await Task.Delay(500);
        }
    }

    private static string Describe(
        double timeScale, int historyDays, TimeSpan import, int productRows, List<double> loads, List<double> latencies, List<double> sinceCreated)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"Live dashboard, default sandbox seller ({historyDays} days imported in {import.TotalSeconds:F0} s at sandbox TimeScale {timeScale}; {productRows} product rows on the first page)");
        text.AppendLine(invariant, $"  page load to first snapshot shown ({loads.Count} loads): {Stats(loads)}");
        text.AppendLine(invariant, $"  order pulled -> shown in Chromium ({latencies.Count} orders): {Stats(latencies)}");
        text.AppendLine(invariant, $"  order created in the sandbox -> shown (includes SP-API's listing delay left after the 119 s backdating and the next orders pull, every 2 s): {Stats(sinceCreated)}");
        return text.ToString();
    }

    private static string Stats(List<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        var median = sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        return string.Create(CultureInfo.InvariantCulture, $"median {median:F0} ms, best {sorted[0]:F0} ms, worst {sorted[^1]:F0} ms");
    }
}
