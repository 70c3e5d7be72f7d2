using System.Net;
using System.Text.Json;
using Sellmetrics.Sandbox.Tests.Listings;

namespace Sellmetrics.Sandbox.Tests.Amazon;

public sealed class CatalogSearchTests
{
    [Fact]
    public async Task SearchCatalogItemsFindsTheAsinsGivenInTheirOrderMatchingTheModel()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(8501);
        var token = await sandbox.AmazonTokenAsync(seller);
        var truth = await ListingCalls.TruthAsync(sandbox, seller.SellerId);
        var asins = new[] { truth[2].Asin, "B0NOTMINE1", truth[0].Asin };

        var text = await sandbox.SpApiTextAsync(token, $"/catalog/2022-04-01/items?marketplaceIds={ListingCalls.Us}&identifiersType=ASIN&identifiers={string.Join(',', asins)}&includedData=summaries,images");

        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("catalogItems_2022-04-01.json", "ItemSearchResults"), text);
        var items = JsonDocument.Parse(text).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([truth[2].Asin, truth[0].Asin], items.Select(i => i.GetProperty("asin").GetString()));
        Assert.Equal(truth[2].Title, items[0].GetProperty("summaries")[0].GetProperty("itemName").GetString());
        Assert.Equal(truth[2].Images[0], items[0].GetProperty("images")[0].GetProperty("images")[0].GetProperty("link").GetString());
    }

    [Fact]
    public async Task AKeywordSearchPagesEveryMatchingItemAndTheBucketOfTwoThenAnswers429()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(8502);
        var token = await sandbox.AmazonTokenAsync(seller);
        var truth = await ListingCalls.TruthAsync(sandbox, seller.SellerId);
        var brand = truth[0].Title.Split(' ')[0];
        var search = $"/catalog/2022-04-01/items?marketplaceIds={ListingCalls.Us}&keywords={brand}&pageSize=20";

        var first = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, search)).RootElement;
        var second = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, search + "&pageToken=" + Uri.EscapeDataString(first.GetProperty("pagination").GetProperty("nextToken").GetString()!))).RootElement;
        using var throttled = await sandbox.SpApiAsync(token, search);

        Assert.Equal(truth.Count, first.GetProperty("numberOfResults").GetInt32());
        Assert.Equal(truth.Select(t => t.Asin).Order(StringComparer.Ordinal),
            first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("asin").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
    }
}
