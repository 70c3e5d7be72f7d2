using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Scripting;

public sealed class ScriptedSellerControlTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static TheoryData<string, object> BadScripts => new()
    {
        { "amazonOrders[0].items[0].sku", Order(new { sku = "NO-SUCH", quantity = 1, itemPrice = 20m }) },
        { "amazonOrders[0].items[0].quantity", Order(new { sku = "MUG-01", quantity = -1, itemPrice = 20m }) },
        { "amazonOrders[0].currency", Order(new { sku = "MUG-01", quantity = 1, itemPrice = 20m }, currency: "EUR") },
        {
            "amazonOrders[0].refunds[0].postedAt",
            Order(new { sku = "MUG-01", quantity = 1, itemPrice = 20m }, refunds: [new { sku = "MUG-01", postedAt = "2026-06-02T00:00:00Z", quantity = 1, principal = -20m }])
        },
        { "amazonOrders[0].marketplaceId", Order(new { sku = "MUG-01", quantity = 1, itemPrice = 20m }, marketplaceId: "A1F83G8C2ARO7P") },
    };

    [Theory]
    [MemberData(nameof(BadScripts))]
    public async Task ABadScriptIsAValidationProblemAndRegistersNothing(string field, object script)
    {
        await using var sandbox = await SandboxApp.StartAsync();

        using var response = await sandbox.Http.PostAsJsonAsync("/sandbox/control/sellers/scripted", script, Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var good = await sandbox.CreateScriptedSellerAsync(GoldenScript.For(9401));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.False(string.IsNullOrEmpty(good.SellerId));
    }

    [Fact]
    public async Task TheSameScriptGivesTheSameSellerAndAnotherScriptUnderItsSeedIsAConflict()
    {
        await using var sandbox = await SandboxApp.StartAsync(seed: 9402);

        var first = await sandbox.CreateScriptedSellerAsync(GoldenScript.For(9402));
        var again = await sandbox.CreateScriptedSellerAsync(GoldenScript.For(9402));
        using var other = await sandbox.Http.PostAsJsonAsync("/sandbox/control/sellers/scripted", Order(new { sku = "MUG-01", quantity = 1, itemPrice = 20m }, seed: 9402), Cancel);
        var generated = await sandbox.DefaultSellerAsync();

        Assert.Equal(first, again);
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        Assert.NotEqual(generated.SellerId, first.SellerId);
        Assert.NotEqual(generated.RefreshToken, first.RefreshToken);
        Assert.Equal("ATVPDKIKX0DER", first.MarketplaceId);
    }

    private static object Order(object item, string currency = "USD", string marketplaceId = "ATVPDKIKX0DER", object[]? refunds = null, long seed = 9400) => new
    {
        seed,
        products = new[] { new { sku = "MUG-01", asin = "B0GOLD0001", title = "Golden Mug", price = 20.00m, fba = true } },
        amazonOrders = new[]
        {
            new { orderId = "111-0000001-0000001", marketplaceId, currency, purchasedAt = "2026-06-03T06:30:00Z", items = new[] { item }, refunds = refunds ?? [] },
        },
    };
}
