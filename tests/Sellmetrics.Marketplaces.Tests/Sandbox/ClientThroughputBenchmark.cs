using System.Diagnostics;
using System.Globalization;
using Sellmetrics.Marketplaces.Amazon;

namespace Sellmetrics.Marketplaces.Tests.Sandbox;

/// <summary>
/// Measures the SP-API calls per second one seller's client sustains against the sandbox, after the bursts are
/// spent, at TimeScale 1 and 60; prints the numbers (never asserts on timing).
/// </summary>
[Collection(ThroughputCollection.Name)]
public sealed class ClientThroughputBenchmark
{
    private static readonly TimeSpan Warmup = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(4);
    private const int WorkersPerOperation = 4;

    [Theory]
    [InlineData(1)]
    [InlineData(60)]
    public async Task TheClientsSustainTheDocumentedRatesWithoutThrottling(double timeScale)
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale);
        var api = sandbox.Amazon(await sandbox.CreateSellerAsync(seed: 700 + (long)timeScale));
        var ct = TestContext.Current.CancellationToken;
        var sku = (await api.GetInventorySummariesAsync(null, ct).FirstAsync(ct)).SellerSku!;
        var item = await api.GetListingsItemAsync(sku, ct);
        var asin = item!.Summaries![0].Asin!;
        var orderId = (await api.GetOrdersPageAsync(DateTimeOffset.UtcNow.AddDays(-5), null, ct)).Orders![0].AmazonOrderId;
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

        await RunAsync(operations, Warmup, ct);
        var throttledBefore = sandbox.Logs.Entries.Count(e => e.EventId == ClientEvents.Throttled);
        var clock = Stopwatch.StartNew();
        var counts = await RunAsync(operations, Window, ct);
        var seconds = clock.Elapsed.TotalSeconds;
        var throttledLines = sandbox.Logs.Entries.Where(e => e.EventId == ClientEvents.Throttled).Skip(throttledBefore).ToList();
        var throttled = throttledLines.Count;
        var throttledBy = string.Join(", ", operations.Select(o => $"{o.Name} {throttledLines.Count(l => l.Message.Contains(o.Name + " ", StringComparison.Ordinal))}"));

        var documented = AmazonOperations.All.Where(o => operations.Any(x => x.Name == o.Name)).Sum(o => o.DefaultRate.RequestsPerSecond) * (decimal)timeScale;
        var total = counts.Values.Sum();
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"TimeScale {timeScale}: {total / seconds:F1} calls/s sustained over {seconds:F1} s after the bursts ({total} calls, {throttled} answered 429); documented ceiling {documented:F1}/s; per operation: {string.Join(", ", counts.Select(c => $"{c.Key} {c.Value / seconds:F1}/s"))}; 429s: {throttledBy}");
        TestContext.Current.TestOutputHelper?.WriteLine(line);
        await File.AppendAllTextAsync(Path.Combine(AppContext.BaseDirectory, "client-throughput.txt"), line + Environment.NewLine, ct);
        Assert.True(total > 0);
    }

    private static async Task<Dictionary<string, int>> RunAsync(
        (string Name, Func<CancellationToken, Task> Call)[] operations, TimeSpan duration, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        stop.CancelAfter(duration);
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
        cancellationToken.ThrowIfCancellationRequested();
        return counts;
    }
}
