using System.Diagnostics;
using System.Globalization;
using Sellmetrics.Marketplaces.Amazon;

namespace Sellmetrics.ClientThroughputBenchmark;

/// <summary>Four workers per operation call the sandbox flat out: a warm-up spends the bursts, then a window is counted.</summary>
internal static class ThroughputRun
{
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(4);
    private const int WorkersPerOperation = 4;

    public static async Task<string> MeasureAsync(SandboxClients sandbox, long seed)
    {
        var api = await sandbox.AmazonSellerAsync(seed);
        var sku = (await api.GetInventorySummariesAsync(null, default).FirstAsync()).SellerSku!;
        var asin = (await api.GetListingsItemAsync(sku, default))!.Summaries![0].Asin!;
        var orderId = (await api.GetOrdersPageAsync(DateTimeOffset.UtcNow.AddDays(-5), null, default)).Orders![0].AmazonOrderId;
        var since = DateTimeOffset.UtcNow.AddDays(-30);
        var operations = new (string Name, Func<CancellationToken, Task> Call)[]
        {
            ("getListingsItem", c => api.GetListingsItemAsync(sku, c)),
            ("getCatalogItem", c => api.GetCatalogItemAsync(asin, c)),
            ("getInventorySummaries", async c => await api.GetInventorySummariesAsync(null, c).FirstAsync(c)),
            ("getOrderItems", async c => await api.GetOrderItemsAsync(orderId, c).FirstAsync(c)),
            ("listFinancialEvents", async c => await api.GetFinancialEventsAsync(since, null, c).FirstOrDefaultAsync(c)),
            ("getOrders", c => api.GetOrdersPageAsync(since, null, c)),
        };

        await RunAsync(operations, Warmup);
        var throttledBefore = sandbox.Throttles.Lines.Count;
        var clock = Stopwatch.StartNew();
        var counts = await RunAsync(operations, Window);
        var seconds = clock.Elapsed.TotalSeconds;
        var throttled = sandbox.Throttles.Lines.Skip(throttledBefore).ToList();
        var throttledBy = string.Join(", ", operations.Select(o => $"{o.Name} {throttled.Count(l => l.Contains(o.Name + " ", StringComparison.Ordinal))}"));
        var documented = AmazonOperations.All.Where(o => operations.Any(x => x.Name == o.Name)).Sum(o => o.DefaultRate.RequestsPerSecond) * (decimal)sandbox.TimeScale;
        var total = counts.Values.Sum();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"TimeScale {sandbox.TimeScale}: {total / seconds:F1} calls/s sustained over {seconds:F1} s after the bursts ({total} calls, {throttled.Count} answered 429); documented ceiling {documented:F1}/s; per operation: {string.Join(", ", counts.Select(c => $"{c.Key} {c.Value / seconds:F1}/s"))}; 429s: {throttledBy}");
    }

    private static async Task<Dictionary<string, int>> RunAsync((string Name, Func<CancellationToken, Task> Call)[] operations, TimeSpan duration)
    {
        using var stop = new CancellationTokenSource(duration);
        var counts = operations.ToDictionary(o => o.Name, _ => 0);
        var workers = operations.SelectMany(o => Enumerable.Range(0, WorkersPerOperation).Select(async _ =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await o.Call(stop.Token);
                    lock (counts)
                    {
                        counts[o.Name]++;
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                }
            }
        }));
        await Task.WhenAll(workers);
        return counts;
    }
}
