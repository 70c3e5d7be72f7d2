using System.Net;
using System.Text.Json;
using Sellmetrics.Sandbox.Tests.Amazon;

namespace Sellmetrics.Sandbox.Tests.Europe;

/// <summary>One European seller id sells in Amazon.de, .fr, .it, .es and .co.uk, and every endpoint answers per marketplace.</summary>
public sealed class EuropeanSellerTests
{
    [Fact]
    public async Task TheEuropeanSellerTakesPartInExactlyItsFiveMarketplacesUnderOneSellerId()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(seed: 5001, region: "EU");
        var american = await sandbox.CreateSellerAsync(seed: 5001);
        var again = await sandbox.CreateSellerAsync(seed: 5001, region: "EU");
        var token = await sandbox.AmazonTokenAsync(seller);

        var text = await sandbox.SpApiTextAsync(token, "/sellers/v1/marketplaceParticipations");

        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("sellers.json", "GetMarketplaceParticipationsResponse"), text);
        var marketplaces = JsonDocument.Parse(text).RootElement.GetProperty("payload").EnumerateArray()
            .Select(p => p.GetProperty("marketplace"))
            .Select(m => $"{m.GetProperty("id").GetString()} {m.GetProperty("name").GetString()} {m.GetProperty("defaultCurrencyCode").GetString()}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(EuropeanMarketplaces.All.Select(m => $"{m.Id} {m.Storefront} {m.Currency}").Order(StringComparer.Ordinal), marketplaces);
        Assert.Equal(("EU", EuropeanMarketplaces.Germany), (seller.Region, seller.MarketplaceId));
        Assert.NotEqual(american.SellerId, seller.SellerId);
        Assert.Equal(seller, again);
    }

    [Fact]
    public async Task AnAmericanSellerStillTakesPartInTheUsAndCanada()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(seed: 5002);
        var token = await sandbox.AmazonTokenAsync(seller);

        var ids = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, "/sellers/v1/marketplaceParticipations")).RootElement.GetProperty("payload")
            .EnumerateArray().Select(p => p.GetProperty("marketplace").GetProperty("id").GetString()).ToList();

        Assert.Equal(["ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"], ids);
        Assert.Equal(("NA", "ATVPDKIKX0DER"), (seller.Region, seller.MarketplaceId));
    }

    [Fact]
    public async Task OrdersOfEachMarketplaceComeBackOnlyForThatMarketplacesIdInItsCurrency()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.CreateSellerAsync(seed: 5003, region: "EU"));
        const string Week = "CreatedAfter=2026-05-01T00:00:00Z&CreatedBefore=2026-05-08T00:00:00Z";

        var all = SpApiPaging.Items(
            await SpApiPaging.AllPagesAsync(sandbox, token, $"/orders/v0/orders?MarketplaceIds={string.Join(',', EuropeanMarketplaces.All.Select(m => m.Id))}&{Week}"),
            p => p.GetProperty("Orders")).ToList();
        foreach (var (id, storefront, currency) in EuropeanMarketplaces.All)
        {
            var orders = SpApiPaging.Items(await SpApiPaging.AllPagesAsync(sandbox, token, $"/orders/v0/orders?MarketplaceIds={id}&{Week}"), p => p.GetProperty("Orders")).ToList();

            Assert.NotEmpty(orders);
            Assert.All(orders, o => Assert.Equal((id, storefront), (o.GetProperty("MarketplaceId").GetString(), o.GetProperty("SalesChannel").GetString())));
            Assert.All(orders.Where(o => o.TryGetProperty("OrderTotal", out _)), o => Assert.Equal(currency, o.GetProperty("OrderTotal").GetProperty("CurrencyCode").GetString()));
            Assert.Equal(orders.Count, all.Count(o => o.GetProperty("MarketplaceId").GetString() == id));
            var items = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, $"/orders/v0/orders/{orders[^1].GetProperty("AmazonOrderId").GetString()}/orderItems"))
                .RootElement.GetProperty("payload").GetProperty("OrderItems").EnumerateArray().ToList();
            Assert.All(items, i => Assert.Equal(currency, i.GetProperty("ItemPrice").GetProperty("CurrencyCode").GetString()));
        }

        Assert.All(all, o => Assert.Matches(@"^\d{3}-\d{7}-\d{7}$", o.GetProperty("AmazonOrderId").GetString()!));
    }

    [Theory]
    [InlineData("EU", "ATVPDKIKX0DER")]
    [InlineData(null, EuropeanMarketplaces.Germany)]
    public async Task AskingForAMarketplaceTheSellerDoesNotSellInIsInvalidInput(string? region, string marketplace)
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.CreateSellerAsync(seed: 5004, region));

        using var orders = await sandbox.SpApiAsync(token, $"/orders/v0/orders?MarketplaceIds={marketplace}&CreatedAfter=2026-05-01T00:00:00Z");
        using var report = await sandbox.SpApiAsync(
            token, "/reports/2021-06-30/reports", HttpMethod.Post,
            System.Net.Http.Json.JsonContent.Create(new { reportType = "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL", marketplaceIds = new[] { marketplace } }));
        using var inventory = await sandbox.SpApiAsync(token, $"/fba/inventory/v1/summaries?granularityType=Marketplace&granularityId={marketplace}&marketplaceIds={marketplace}");

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest], new[] { orders.StatusCode, report.StatusCode, inventory.StatusCode });
        Assert.Equal("InvalidInput", JsonDocument.Parse(await orders.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("errors")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task AnOrderCreatedNowInAChosenMarketplaceIsListedThereOnly()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(seed: 5006, region: "EU");
        var token = await sandbox.AmazonTokenAsync(seller);
        const string France = "A13V1IB3VIYZZH";

        using var created = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(
            sandbox.Http, $"/sandbox/control/sellers/{seller.SellerId}/orders", new { marketplaceId = France, placedSecondsAgo = 119 }, TestContext.Current.CancellationToken);
        using var foreign = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(
            sandbox.Http, $"/sandbox/control/sellers/{seller.SellerId}/orders", new { marketplaceId = "ATVPDKIKX0DER" }, TestContext.Current.CancellationToken);
        var order = JsonDocument.Parse(await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        sandbox.Clock.Advance(TimeSpan.FromSeconds(2));
        var since = Uri.EscapeDataString(ManualClock.Start.AddMinutes(-5).ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        string?[] Listed(string text) => [.. JsonDocument.Parse(text).RootElement.GetProperty("payload").GetProperty("Orders").EnumerateArray().Select(o => o.GetProperty("AmazonOrderId").GetString())];

        Assert.Equal(France, order.GetProperty("marketplaceId").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains(order.GetProperty("amazonOrderId").GetString(), Listed(await sandbox.SpApiTextAsync(token, $"/orders/v0/orders?MarketplaceIds={France}&CreatedAfter={since}")));
        Assert.DoesNotContain(order.GetProperty("amazonOrderId").GetString(), Listed(await sandbox.SpApiTextAsync(token, $"/orders/v0/orders?MarketplaceIds={EuropeanMarketplaces.Germany}&CreatedAfter={since}")));
    }

    [Fact]
    public async Task TheSameSeedGivesTheSameEuropeanSellerByteForByteInSeparateSandboxes()
    {
        async Task<List<string>> PagesAsync()
        {
            await using var sandbox = await SandboxApp.StartAsync();
            var seller = await sandbox.CreateSellerAsync(seed: 5007, region: "EU");
            var token = await sandbox.AmazonTokenAsync(seller);
            var pages = new List<string> { JsonSerializer.Serialize(seller) };
            pages.AddRange(await SpApiPaging.AllPagesAsync(sandbox, token, $"/orders/v0/orders?MarketplaceIds={string.Join(',', EuropeanMarketplaces.All.Select(m => m.Id))}&CreatedAfter=2026-05-01T00:00:00Z&CreatedBefore=2026-05-03T00:00:00Z"));
            pages.AddRange(await SpApiPaging.AllPagesAsync(sandbox, token, "/finances/v0/financialEvents?PostedAfter=2026-05-01T00:00:00Z&PostedBefore=2026-05-08T00:00:00Z"));
            pages.Add(await sandbox.Http.GetStringAsync($"/sandbox/control/sellers/{seller.SellerId}/truth?from=2026-05-01&to=2026-05-07", TestContext.Current.CancellationToken));
            return pages;
        }

        var first = await PagesAsync();

        Assert.True(first.Count > 4, "several pages compared");
        Assert.Equal(first, await PagesAsync());
    }

    [Fact]
    public async Task AnUnknownRegionIsAValidationProblem()
    {
        await using var sandbox = await SandboxApp.StartAsync();

        using var response = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(
            sandbox.Http, "/sandbox/control/sellers", new { seed = 5005, region = "MARS" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
