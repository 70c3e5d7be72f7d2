using System.Net;
using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Listings;

public sealed class ListingsSearchTests
{
    [Fact]
    public async Task SearchListingsItemsPagesEveryListingOnceInPagesOfTwentyMatchingTheModelAndTheTruth()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(8201);
        var token = await sandbox.AmazonTokenAsync(seller);
        var schema = await SpecSchemas.AmazonAsync("listingsItems_2021-08-01.json", "ItemSearchResults");
        var truth = (await ListingCalls.TruthAsync(sandbox, seller.SellerId)).ToDictionary(l => l.Sku);

        var items = new List<JsonElement>();
        var pages = 0;
        string? next = null;
        do
        {
            var text = await sandbox.SpApiTextAsync(token, $"/listings/2021-08-01/items/{seller.SellerId}?marketplaceIds={ListingCalls.Us}&includedData={ListingCalls.AllData}&pageSize=20"
                + (next is null ? string.Empty : "&pageToken=" + Uri.EscapeDataString(next)));
            SpecSchemas.AssertValid(schema, text);
            var page = JsonDocument.Parse(text).RootElement;
            Assert.Equal(truth.Count, page.GetProperty("numberOfResults").GetInt32());
            Assert.InRange(page.GetProperty("items").GetArrayLength(), 1, 20);
            items.AddRange(page.GetProperty("items").EnumerateArray());
            next = page.TryGetProperty("pagination", out var pagination) && pagination.TryGetProperty("nextToken", out var t) ? t.GetString() : null;
            pages++;
        }
        while (next is not null);

        Assert.Equal((truth.Count + 19) / 20, pages);
        Assert.Equal(truth.Keys.Order(StringComparer.Ordinal), items.Select(i => i.GetProperty("sku").GetString()!).Order(StringComparer.Ordinal));
        Assert.All(items, item =>
        {
            var listing = truth[item.GetProperty("sku").GetString()!];
            Assert.Equal(listing.Title, item.GetProperty("summaries")[0].GetProperty("itemName").GetString());
            Assert.Equal(listing.Images[0], item.GetProperty("attributes").GetProperty("main_product_image_locator")[0].GetProperty("media_location").GetString());
            Assert.Equal(listing.Images.Count - 1, item.GetProperty("attributes").EnumerateObject().Count(a => a.Name.StartsWith("other_product_image_locator_", StringComparison.Ordinal)));
            Assert.Equal(listing.Bullets, item.GetProperty("attributes").GetProperty("bullet_point").EnumerateArray().Select(b => b.GetProperty("value").GetString()!));
            Assert.Equal(listing.Price, decimal.Parse(item.GetProperty("offers")[0].GetProperty("price").GetProperty("amount").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        });
    }

    [Fact]
    public async Task APageOfMoreThanTwentyOrAnotherSearchsPageTokenIsInvalidInput()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(8202);
        var token = await sandbox.AmazonTokenAsync(seller);
        var first = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, $"/listings/2021-08-01/items/{seller.SellerId}?marketplaceIds={ListingCalls.Us}&pageSize=5")).RootElement;
        var next = first.GetProperty("pagination").GetProperty("nextToken").GetString()!;

        using var tooLarge = await sandbox.SpApiAsync(token, $"/listings/2021-08-01/items/{seller.SellerId}?marketplaceIds={ListingCalls.Us}&pageSize=21");
        using var foreign = await sandbox.SpApiAsync(token, $"/listings/2021-08-01/items/{seller.SellerId}?marketplaceIds={ListingCalls.Us}&pageSize=5&sortBy=sku&pageToken={Uri.EscapeDataString(next)}");
        var overflowing = System.Buffers.Text.Base64Url.EncodeToString("v1|fffffffffffffffffff|99999999999|1"u8);
        using var forged = await sandbox.SpApiAsync(token, $"/listings/2021-08-01/items/{seller.SellerId}?marketplaceIds={ListingCalls.Us}&pageSize=5&pageToken={overflowing}");

        Assert.Equal(HttpStatusCode.BadRequest, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task SearchListingsItemsServesItsBurstOfFiveAndGetListingsItemItsBurstOfTenThenBothAnswer429()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(8203);
        var token = await sandbox.AmazonTokenAsync(seller);
        var sku = (await ListingCalls.TruthAsync(sandbox, seller.SellerId))[0].Sku;

        var search = await StatusesAsync(sandbox, token, $"/listings/2021-08-01/items/{seller.SellerId}?marketplaceIds={ListingCalls.Us}", 6);
        var get = await StatusesAsync(sandbox, token, $"/listings/2021-08-01/items/{seller.SellerId}/{Uri.EscapeDataString(sku)}?marketplaceIds={ListingCalls.Us}", 11);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], search);
        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 10), HttpStatusCode.TooManyRequests], get);
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(SandboxApp sandbox, string token, string path, int calls)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < calls; i++)
        {
            using var response = await sandbox.SpApiAsync(token, path);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }
}
