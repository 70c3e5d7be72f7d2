using Sellmetrics.Sandbox.Tests.Amazon;
using Sellmetrics.Testing;

namespace Sellmetrics.Sandbox.Tests.Control;

public sealed class LiveModeTests
{
    [Fact]
    public async Task LiveModeKeepsAddingOrdersStampedWithTheSandboxClock()
    {
        await using var sandbox = await SandboxApp.StartAsync(settings: new Dictionary<string, string?> { ["Sandbox:LiveOrdersPerMinute"] = "3000" });
        var seller = await sandbox.DefaultSellerAsync();
        var token = await sandbox.AmazonTokenAsync(seller);
        var since = Uri.EscapeDataString(ManualClock.Start.AddSeconds(-1).ToString("O"));

        // Each reading moves the sandbox clock on three minutes, in which live mode adds orders.
        var live = await Eventually.ReturnsAsync(
            async () =>
            {
                sandbox.Clock.Advance(TimeSpan.FromMinutes(3));
                var pages = await SpApiPaging.AllPagesAsync(sandbox, token, $"/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter={since}");
                return SpApiPaging.Items(pages, p => p.GetProperty("Orders")).ToList();
            },
            orders => orders.Count >= 2, TimeSpan.FromSeconds(5), _ => "live mode produced no orders", TestContext.Current.CancellationToken);

        Assert.True(live.Count >= 2, "live mode produced orders");
        Assert.All(live, o => Assert.True(DateTimeOffset.Parse(o.GetProperty("PurchaseDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= ManualClock.Start.AddSeconds(-1)));
    }
}
