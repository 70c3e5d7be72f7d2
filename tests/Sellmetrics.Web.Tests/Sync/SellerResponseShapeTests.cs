using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Sellmetrics.Web.Dashboard;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

/// <summary>
/// The pages (connections.js, the dashboard modules, products.js) read these exact JSON properties of the connection list,
/// the profit reports and the dashboard hub's snapshot and delta; each answer is pinned as the set of its property paths
/// (<c>a.b[].c</c>), taken from an imported sandbox seller so every nested object is present.
/// </summary>
public sealed class SellerResponseShapeTests(SandboxSyncApp fixture) : IClassFixture<SandboxSyncApp>
{
    private const string Fees = "fees, fees.fulfillment, fees.other, fees.referral, fees.storage, fees.total";

    private const string Totals = "cogs, currency, estimatedFees, " + Fees + ", margin, netProfit, orders, recurringCosts, refunds, reimbursements, revenue, roi, units";

    private const string ProductRow = "asin, cogs, currency, estimatedFees, " + Fees
        + ", margin, marketplaceId, netProfit, refunds, reimbursements, revenue, roi, sku, title, unitCost, unitCostFrom, units";

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    private static readonly string Range = $"from={Today.AddDays(-SandboxSyncApp.HistoryDays):yyyy-MM-dd}&to={Today:yyyy-MM-dd}";

    [Fact]
    public async Task TheConnectionListKeepsTheFieldsTheConnectionsPageReads()
    {
        var seller = await ImportedSellerAsync("ConnectionsShape", 7601);

        var connections = await SyncApp.GetAsync(seller, "/api/connections");

        Assert.Equal(
            "[], [].account, [].availableMarketplaceIds, [].availableMarketplaceIds[], [].connectedAt, [].datasets, [].datasets[], [].datasets[].apiCalls, "
            + "[].datasets[].coveredFrom, [].datasets[].coveredTo, [].datasets[].cursor, [].datasets[].dataset, [].datasets[].error, [].datasets[].eta, "
            + "[].datasets[].lastSuccessAt, [].datasets[].marketplaceId, [].datasets[].progress, [].datasets[].refusedLines, [].datasets[].rows, "
            + "[].datasets[].state, [].datasets[].throttles, [].id, [].marketplace, [].marketplaceId, [].marketplaceIds, [].marketplaceIds[], [].region, [].status",
            Shape(connections));
    }

    [Fact]
    public async Task TheProfitReportsKeepTheFieldsTheDashboardAndProductsPagesRead()
    {
        var seller = await ImportedSellerAsync("ProfitShape", 7602);

        var summary = await SyncApp.GetAsync(seller, $"/api/profit/summary?{Range}");
        var daily = await SyncApp.GetAsync(seller, $"/api/profit/daily?{Range}");
        var products = await SyncApp.GetAsync(seller, $"/api/products?{Range}");
        var product = products.EnumerateArray().First();
        var days = await SyncApp.GetAsync(seller, $"/api/products/{product.GetProperty("marketplaceId").GetString()}/{Uri.EscapeDataString(product.GetProperty("sku").GetString()!)}/days?{Range}");

        Assert.Equal($"from, to, totals, totals[], {Prefixed("totals[]", Totals)}", Shape(summary));
        Assert.Equal($"[], [].date, [].totals, [].totals[], {Prefixed("[].totals[]", Totals)}", Shape(daily));
        Assert.Equal($"[], {Prefixed("[]", ProductRow)}", Shape(products));
        Assert.Equal(
            "[], [].cogs, [].currency, [].day, [].estimatedFees, [].estimatedFees.fulfillment, [].estimatedFees.other, [].estimatedFees.referral, "
            + "[].estimatedFees.storage, [].estimatedFees.total, [].fees, [].fees.fulfillment, [].fees.other, [].fees.referral, [].fees.storage, [].fees.total, "
            + "[].hasEstimates, [].lines, [].lines[], [].lines[].amount, [].lines[].component, [].lines[].detail, [].lines[].estimated, [].lines[].factId, "
            + "[].marketplace, [].netProfit, [].orderIds, [].orderIds[], [].orders, [].recurringCosts, [].refunds, [].reimbursements, [].revenue, [].sku, [].units",
            Shape(days));
        Assert.Contains(days.EnumerateArray().SelectMany(d => d.GetProperty("lines").EnumerateArray()), l => l.GetProperty("component").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task TheDashboardSnapshotAndDeltaKeepTheFieldsTheDashboardReads()
    {
        var seller = await ImportedSellerAsync("DashboardShape", 7603);
        await using var connection = DashboardHubClient.Connect(fixture.App, seller.Browser.Cookies);
        var deltas = new List<JsonElement>();
        connection.On<JsonElement>(nameof(IDashboardClient.ProfitChanged), delta =>
        {
            lock (deltas)
            {
                deltas.Add(delta);
            }
        });
        await connection.StartAsync(TestContext.Current.CancellationToken);
        var view = new { from = Today.AddDays(-SandboxSyncApp.HistoryDays).ToString("yyyy-MM-dd"), to = Today.ToString("yyyy-MM-dd"), marketplace = (string?)null };

        var snapshot = await connection.InvokeAsync<JsonElement>(nameof(DashboardHub.Watch), view, TestContext.Current.CancellationToken);
        var product = snapshot.GetProperty("products")[0];
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(
            HttpMethod.Put,
            $"/api/products/{product.GetProperty("marketplaceId").GetString()}/{Uri.EscapeDataString(product.GetProperty("sku").GetString()!)}/cogs",
            new { unitCost = 3.25m, currency = product.GetProperty("currency").GetString(), effectiveFrom = Today.AddYears(-3).ToString("yyyy-MM-dd") }));
        await DashboardHubClient.WaitUntilAsync(() =>
        {
            lock (deltas)
            {
                return deltas.Any(d => d.GetProperty("products").GetArrayLength() > 0);
            }
        });
        JsonElement delta;
        lock (deltas)
        {
            delta = deltas.First(d => d.GetProperty("products").GetArrayLength() > 0);
        }

        Assert.Equal(
            $"asOf, daily, daily[], daily[].date, daily[].totals, daily[].totals[], {Prefixed("daily[].totals[]", Totals)}, feed, feed[], feed[].amount, "
            + "feed[].currency, feed[].id, feed[].kind, feed[].learnedAt, feed[].marketplaceId, feed[].occurredAt, feed[].orderId, feed[].sku, feed[].units, "
            + $"marketplaces, marketplaces[], marketplaces[].marketplaceId, marketplaces[].name, products, products[], {Prefixed("products[]", ProductRow)}, "
            + $"tiles, tiles[], tiles[].from, tiles[].key, tiles[].to, tiles[].totals, tiles[].totals[], {Prefixed("tiles[].totals[]", Totals)}, "
            + "today, view, view.from, view.marketplace, view.to",
            Shape(snapshot));
        Assert.Equal(
            $"asOf, days, days[], days[].date, days[].totals, days[].totals[], {Prefixed("days[].totals[]", Totals)}, events, events[], events[].amount, "
            + "events[].currency, events[].id, events[].kind, events[].learnedAt, events[].marketplaceId, events[].occurredAt, events[].orderId, events[].sku, "
            + $"events[].units, products, products[], products[].marketplaceId, products[].rows, products[].rows[], {Prefixed("products[].rows[]", ProductRow)}, "
            + $"products[].sku, tiles, tiles[], tiles[].from, tiles[].key, tiles[].to, tiles[].totals, tiles[].totals[], {Prefixed("tiles[].totals[]", Totals)}, "
            + "today, view, view.from, view.marketplace, view.to",
            Shape(delta));
    }

    private async Task<Seller> ImportedSellerAsync(string name, long seed)
    {
        var seller = await Seller.SignUpAsync(fixture.App, name);
        await SyncApp.ConnectAmazonAsync(seller, await SyncApp.CreateSandboxSellerAsync(fixture.App, seed));
        await SyncApp.WaitForImportAsync(seller, TimeSpan.FromMinutes(3));
        return seller;
    }

    private static string Prefixed(string prefix, string names) => string.Join(", ", names.Split(", ").Select(name => $"{prefix}.{name}"));

    // Every property path of the answer, arrays merged over their items, in ordinal order.
    private static string Shape(JsonElement answer)
    {
        var paths = new SortedSet<string>(StringComparer.Ordinal);
        Collect(answer, string.Empty, paths);
        return string.Join(", ", paths);
    }

    private static void Collect(JsonElement element, string path, SortedSet<string> paths)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                var child = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                paths.Add(child);
                Collect(property.Value, child, paths);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            paths.Add($"{path}[]");
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, $"{path}[]", paths);
            }
        }
    }
}
