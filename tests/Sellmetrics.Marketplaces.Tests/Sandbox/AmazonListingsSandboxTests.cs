using System.Net.Http.Json;
using System.Text.Json;
using Sellmetrics.Sandbox.Listings;

namespace Sellmetrics.Marketplaces.Tests.Sandbox;

public sealed class AmazonListingsSandboxTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryListingIsReadTwentyACallWithTheTitleBulletsImagesAndPriceTheSandboxRecords()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 3600);
        var seller = await sandbox.CreateSellerAsync(seed: 611);
        var api = sandbox.Amazon(seller);

        var first = await api.SearchListingsItemsPageAsync(null, Cancel);
        var listings = await api.SearchListingsItemsAsync(Cancel).ToListAsync(Cancel);
        var truth = await TruthAsync(sandbox, seller.SellerId);

        Assert.Equal(Math.Min(20, truth.Count), first.Items.Count);
        Assert.Equal(truth.Count, first.NumberOfResults);
        Assert.Equal(truth.Select(t => t.Sku).Order(StringComparer.Ordinal), listings.Select(l => l.Sku));
        Assert.All(listings, listing =>
        {
            var expected = truth.Single(t => t.Sku == listing.Sku);
            Assert.Equal(expected.Title, listing.Summaries![0].ItemName);
            Assert.Equal(expected.Price, listing.Offers![0].Price.Amount);
            Assert.Equal(expected.Images[0], listing.Summaries[0].MainImage!.Link.ToString());
            Assert.Equal(expected.Images[0], listing.Attributes!["main_product_image_locator"][0].GetProperty("media_location").GetString());
            Assert.Equal(expected.Bullets, listing.Attributes["bullet_point"].EnumerateArray().Select(b => b.GetProperty("value").GetString()!));
        });
    }

    [Fact]
    public async Task AListingChangedThroughTheControlApiIsReadBackByGetListingsItem()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 3600);
        var seller = await sandbox.CreateSellerAsync(seed: 612);
        var api = sandbox.Amazon(seller);
        var sku = (await TruthAsync(sandbox, seller.SellerId))[0].Sku;

        using var changed = await sandbox.Control.PostAsJsonAsync($"sellers/{seller.SellerId}/listings/{Uri.EscapeDataString(sku)}/changes", new { title = "Renamed By The Test", price = 9.99m, availability = "OUT_OF_STOCK" }, Cancel);
        var listing = await api.GetListingsItemAsync(sku, Cancel);

        changed.EnsureSuccessStatusCode();
        Assert.NotNull(listing);
        Assert.Equal("Renamed By The Test", listing.Summaries![0].ItemName);
        Assert.Equal("Renamed By The Test", listing.Attributes!["item_name"][0].GetProperty("value").GetString());
        Assert.Equal(9.99m, listing.Offers![0].Price.Amount);
        Assert.Equal(["DISCOVERABLE"], listing.Summaries[0].Status!);
        Assert.Equal(0, listing.FulfillmentAvailability![0].Quantity);
        Assert.Contains(listing.Issues!, i => i.Severity == "ERROR");
    }

    [Fact]
    public async Task TheBuyBoxWinnerOfAListingIsReadFromItsOffersBeforeAndAfterACompetitorTakesIt()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 3600);
        var seller = await sandbox.CreateSellerAsync(seed: 614);
        var api = sandbox.Amazon(seller);
        var sku = (await TruthAsync(sandbox, seller.SellerId)).First(t => t.OwnsBuyBox).Sku;

        var before = await api.GetListingOffersAsync(sku, Cancel);
        using var changed = await sandbox.Control.PostAsJsonAsync($"sellers/{seller.SellerId}/listings/{Uri.EscapeDataString(sku)}/changes", new { buyBoxWinner = "A3COMPETITOR0042" }, Cancel);
        var after = await api.GetListingOffersAsync(sku, Cancel);

        changed.EnsureSuccessStatusCode();
        Assert.Equal(seller.SellerId, before!.BuyBoxWinner);
        Assert.Equal("A3COMPETITOR0042", after!.BuyBoxWinner);
        Assert.Contains(after.Offers!, o => o.MyOffer == true && o.IsBuyBoxWinner == false);
        Assert.Null(await api.GetListingOffersAsync("NO-SUCH-SKU", Cancel));
    }

    [Fact]
    public async Task CatalogItemsOfEveryListedAsinAreRead20ACall()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 3600);
        var seller = await sandbox.CreateSellerAsync(seed: 615);
        var api = sandbox.Amazon(seller);
        var truth = await TruthAsync(sandbox, seller.SellerId);

        var items = await api.SearchCatalogItemsAsync([.. truth.Select(t => t.Asin), "B0NOTMINE1"], Cancel);

        Assert.Equal(truth.Select(t => t.Asin), items.Select(i => i.Asin));
        Assert.All(items, i => Assert.Equal(truth.Single(t => t.Asin == i.Asin).Title, Assert.Single(i.Summaries!).ItemName));
        Assert.All(items, i => Assert.Equal(truth.Single(t => t.Asin == i.Asin).Images[0], i.Images![0].Images![0].Link.ToString()));
    }

    [Fact]
    public async Task ListingPagesBeyondTheBucketOfFiveWaitForTokensInsteadOfBeingThrottled()
    {
        // searchListingsItems: 5 requests/s, burst 5; at TimeScale 10 that is 50 per real second.
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 10);
        var api = sandbox.Amazon(await sandbox.CreateSellerAsync(seed: 613));

        var pages = await Task.WhenAll(Enumerable.Range(0, 25).Select(_ => api.SearchListingsItemsPageAsync(null, Cancel)));

        Assert.All(pages, p => Assert.Equal(Math.Min(20, p.NumberOfResults), p.Items.Count));
        Assert.Equal(0, sandbox.Logs.Count(ClientEvents.Throttled));
    }

    private static async Task<List<ListingSnapshotResponse>> TruthAsync(SandboxHost sandbox, string sellerId) =>
        (await sandbox.Control.GetFromJsonAsync<List<ListingSnapshotResponse>>($"sellers/{sellerId}/listings", JsonSerializerOptions.Web, Cancel))!;
}
