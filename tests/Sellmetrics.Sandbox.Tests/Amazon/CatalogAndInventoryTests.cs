using System.Net;
using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Amazon;

public sealed class CatalogAndInventoryTests
{
    [Fact]
    public async Task InventorySummariesPageByNextTokenAndMatchTheFbaInventoryModel()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.CreateSellerAsync(77));
        const string Query = "/fba/inventory/v1/summaries?details=true&granularityType=Marketplace&granularityId=ATVPDKIKX0DER&marketplaceIds=ATVPDKIKX0DER";

        var text = await sandbox.SpApiTextAsync(token, Query);
        var root = JsonDocument.Parse(text).RootElement;
        var summaries = root.GetProperty("payload").GetProperty("inventorySummaries").EnumerateArray().ToList();

        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("fbaInventory.json", "GetInventorySummariesResponse"), text);
        Assert.NotEmpty(summaries);
        Assert.All(summaries, s => Assert.True(s.GetProperty("totalQuantity").GetInt32() >= s.GetProperty("inventoryDetails").GetProperty("fulfillableQuantity").GetInt32()));
        Assert.False(root.TryGetProperty("pagination", out _), "fewer than 50 SKUs fit one page");
    }

    [Fact]
    public async Task AStaleOrForeignInventoryNextTokenIsInvalidInput()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());

        using var response = await sandbox.SpApiAsync(token, "/fba/inventory/v1/summaries?granularityType=Marketplace&granularityId=ATVPDKIKX0DER&marketplaceIds=ATVPDKIKX0DER&nextToken=djF8MHwwfDA");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CatalogItemsAndListingsMatchTheirModelsAndAgreeOnTitleAndImage()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.DefaultSellerAsync();
        var token = await sandbox.AmazonTokenAsync(seller);
        var summary = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, "/fba/inventory/v1/summaries?granularityType=Marketplace&granularityId=ATVPDKIKX0DER&marketplaceIds=ATVPDKIKX0DER"))
            .RootElement.GetProperty("payload").GetProperty("inventorySummaries")[0];
        var asin = summary.GetProperty("asin").GetString();
        var sku = summary.GetProperty("sellerSku").GetString();

        var catalog = await sandbox.SpApiTextAsync(token, $"/catalog/2022-04-01/items/{asin}?marketplaceIds=ATVPDKIKX0DER&includedData=attributes,classifications,identifiers,images,productTypes,salesRanks,summaries");
        var listing = await sandbox.SpApiTextAsync(token, $"/listings/2021-08-01/items/{seller.SellerId}/{Uri.EscapeDataString(sku!)}?marketplaceIds=ATVPDKIKX0DER&includedData=summaries,attributes,issues,offers,fulfillmentAvailability");

        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("catalogItems_2022-04-01.json", "Item"), catalog);
        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("listingsItems_2021-08-01.json", "Item"), listing);
        var catalogSummary = JsonDocument.Parse(catalog).RootElement.GetProperty("summaries")[0];
        var listingSummary = JsonDocument.Parse(listing).RootElement.GetProperty("summaries")[0];
        Assert.Equal(catalogSummary.GetProperty("itemName").GetString(), listingSummary.GetProperty("itemName").GetString());
        Assert.Equal(asin, listingSummary.GetProperty("asin").GetString());
        Assert.True(JsonDocument.Parse(catalog).RootElement.GetProperty("attributes").GetProperty("bullet_point").GetArrayLength() > 0);
    }

    [Fact]
    public async Task ListingsChangeNowAndThenOverTwoYears()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.DefaultSellerAsync();
        var token = await sandbox.AmazonTokenAsync(seller);
        var sku = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, "/fba/inventory/v1/summaries?granularityType=Marketplace&granularityId=ATVPDKIKX0DER&marketplaceIds=ATVPDKIKX0DER"))
            .RootElement.GetProperty("payload").GetProperty("inventorySummaries")[0].GetProperty("sellerSku").GetString();

        var seen = new HashSet<string>();
        for (var quarter = 0; quarter < 8; quarter++)
        {
            var listing = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, $"/listings/2021-08-01/items/{seller.SellerId}/{sku}?marketplaceIds=ATVPDKIKX0DER&includedData=summaries,offers")).RootElement;
            seen.Add(listing.GetProperty("offers")[0].GetProperty("price").GetProperty("amount").GetString() + "|" + listing.GetProperty("summaries")[0].GetProperty("lastUpdatedDate").GetString());
            sandbox.Clock.Advance(TimeSpan.FromDays(91));
            token = await sandbox.AmazonTokenAsync(seller);
        }

        Assert.True(seen.Count > 1, "the listing changed at least once in two years");
    }

    [Fact]
    public async Task AnotherSellersListingIsForbiddenAndAnUnknownAsinIsNotFound()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());

        using var foreign = await sandbox.SpApiAsync(token, "/listings/2021-08-01/items/A1OTHERSELLER/SKU-1?marketplaceIds=ATVPDKIKX0DER");
        using var unknown = await sandbox.SpApiAsync(token, "/catalog/2022-04-01/items/B000000000?marketplaceIds=ATVPDKIKX0DER");

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
