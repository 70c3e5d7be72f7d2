using System.Text.Json;
using Sellmetrics.Sandbox.Tests.Amazon;

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

        var live = new List<JsonElement>();
        for (var attempt = 0; attempt < 50 && live.Count < 2; attempt++)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            sandbox.Clock.Advance(TimeSpan.FromMinutes(3));
            var pages = await SpApiPaging.AllPagesAsync(sandbox, token, $"/orders/v0/orders?MarketplaceIds=ATVPDKIKX0DER&CreatedAfter={since}");
            live = [.. SpApiPaging.Items(pages, p => p.GetProperty("Orders"))];
        }

        Assert.True(live.Count >= 2, "live mode produced orders");
        Assert.All(live, o => Assert.True(DateTimeOffset.Parse(o.GetProperty("PurchaseDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture) >= ManualClock.Start.AddSeconds(-1)));
    }
}
