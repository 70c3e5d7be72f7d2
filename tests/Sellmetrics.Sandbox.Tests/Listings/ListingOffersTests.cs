using System.Net;
using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Listings;

public sealed class ListingOffersTests
{
    [Fact]
    public async Task GetListingOffersNamesTheBuyBoxWinnerTheListingHasAtTheTime()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(8401);
        var listing = (await ListingCalls.TruthAsync(sandbox, seller.SellerId)).First(l => l.OwnsBuyBox);
        const string Competitor = "A3COMPETITOR0042";
        (await ListingCalls.ChangeAsync(sandbox, seller.SellerId, listing.Sku, new { at = ManualClock.Start.AddHours(1), buyBoxWinner = Competitor })).EnsureSuccessStatusCode();
        var path = $"/products/pricing/v0/listings/{Uri.EscapeDataString(listing.Sku)}/offers?MarketplaceId={ListingCalls.Us}&ItemCondition=New";

        var before = JsonDocument.Parse(await sandbox.SpApiTextAsync(await sandbox.AmazonTokenAsync(seller), path)).RootElement.GetProperty("payload");
        sandbox.Clock.Advance(TimeSpan.FromHours(1));
        var after = JsonDocument.Parse(await sandbox.SpApiTextAsync(await sandbox.AmazonTokenAsync(seller), path)).RootElement.GetProperty("payload");

        var mine = Assert.Single(before.GetProperty("Offers").EnumerateArray());
        Assert.Equal((seller.SellerId, true, true), (mine.GetProperty("SellerId").GetString(), mine.GetProperty("MyOffer").GetBoolean(), mine.GetProperty("IsBuyBoxWinner").GetBoolean()));
        Assert.Equal(listing.Price, mine.GetProperty("ListingPrice").GetProperty("Amount").GetDecimal());
        var winner = Assert.Single(after.GetProperty("Offers").EnumerateArray(), o => o.GetProperty("IsBuyBoxWinner").GetBoolean());
        Assert.Equal((Competitor, false), (winner.GetProperty("SellerId").GetString(), winner.GetProperty("MyOffer").GetBoolean()));
        Assert.Equal(2, after.GetProperty("Summary").GetProperty("TotalOfferCount").GetInt32());
    }

    [Fact]
    public async Task GetListingOffersServesItsBurstOfTwoThenAnswers429AndRefusesAMissingCondition()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(8402);
        var token = await sandbox.AmazonTokenAsync(seller);
        var sku = Uri.EscapeDataString((await ListingCalls.TruthAsync(sandbox, seller.SellerId))[0].Sku);

        using var noCondition = await sandbox.SpApiAsync(token, $"/products/pricing/v0/listings/{sku}/offers?MarketplaceId={ListingCalls.Us}");
        using var second = await sandbox.SpApiAsync(token, $"/products/pricing/v0/listings/{sku}/offers?MarketplaceId={ListingCalls.Us}&ItemCondition=New");
        using var third = await sandbox.SpApiAsync(token, $"/products/pricing/v0/listings/{sku}/offers?MarketplaceId={ListingCalls.Us}&ItemCondition=New");

        Assert.Equal(HttpStatusCode.BadRequest, noCondition.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("1", second.Headers.GetValues("x-amzn-RateLimit-Limit").Single());
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }
}
