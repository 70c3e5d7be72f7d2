using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Listings;

public sealed class ListingChangeTests
{
    [Fact]
    public async Task AListingChangedAtAChosenTimeShowsInTheListingApisAfterThatTimeAndNotBefore()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(8301);
        var listing = (await ListingCalls.TruthAsync(sandbox, seller.SellerId))[0];
        var at = ManualClock.Start.AddHours(2);
        const string Competitor = "A3COMPETITOR0042";

        using var changed = await ListingCalls.ChangeAsync(sandbox, seller.SellerId, listing.Sku, new
        {
            at,
            title = "A New Title",
            price = 12.34m,
            images = new[] { "71NewMainImg", "61OtherImage" },
            availability = "OUT_OF_STOCK",
            buyBoxWinner = Competitor,
        });
        var before = await ListingCalls.ItemAsync(sandbox, await sandbox.AmazonTokenAsync(seller), seller.SellerId, listing.Sku);
        var truthBefore = (await ListingCalls.TruthAsync(sandbox, seller.SellerId)).Single(l => l.Sku == listing.Sku);
        sandbox.Clock.Advance(TimeSpan.FromHours(2));
        var after = await ListingCalls.ItemAsync(sandbox, await sandbox.AmazonTokenAsync(seller), seller.SellerId, listing.Sku);
        var truthAfter = (await ListingCalls.TruthAsync(sandbox, seller.SellerId)).Single(l => l.Sku == listing.Sku);
        var changes = await ListingCalls.ChangesAsync(sandbox, seller.SellerId, ManualClock.Start, ManualClock.Start.AddHours(3));

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equivalent(listing, truthBefore, strict: true);
        Assert.Equal(listing.Title, before.GetProperty("summaries")[0].GetProperty("itemName").GetString());
        Assert.Equal(["BUYABLE", "DISCOVERABLE"], before.GetProperty("summaries")[0].GetProperty("status").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("A New Title", after.GetProperty("summaries")[0].GetProperty("itemName").GetString());
        Assert.Equal("12.34", after.GetProperty("offers")[0].GetProperty("price").GetProperty("amount").GetString());
        Assert.Equal("https://m.media-amazon.com/images/I/71NewMainImg.jpg", after.GetProperty("summaries")[0].GetProperty("mainImage").GetProperty("link").GetString());
        Assert.Equal(["DISCOVERABLE"], after.GetProperty("summaries")[0].GetProperty("status").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(0, after.GetProperty("fulfillmentAvailability")[0].GetProperty("quantity").GetInt32());
        Assert.Equal(at, DateTimeOffset.Parse(after.GetProperty("summaries")[0].GetProperty("lastUpdatedDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((Competitor, false), (truthAfter.BuyBoxWinner, truthAfter.OwnsBuyBox));
        Assert.All(changes, c => Assert.Equal((at, listing.Sku, "control"), (c.At, c.Sku, c.Source)));
        Assert.Equal(["title", "images", "price", "availability", "buyBoxWinner"], changes.Select(c => c.Attribute));
        Assert.Equal((listing.Title, "A New Title"), (changes[0].Before.ToString(), changes[0].After.ToString()));
        Assert.Equal((seller.SellerId, Competitor), (changes[4].Before.ToString(), changes[4].After.ToString()));
    }

    [Fact]
    public async Task ABadListingChangeIsAValidationProblemAndAnUnknownSellerOrSkuIsNotFound()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(8302);
        var sku = (await ListingCalls.TruthAsync(sandbox, seller.SellerId))[0].Sku;

        using var empty = await ListingCalls.ChangeAsync(sandbox, seller.SellerId, sku, new { });
        using var bad = await ListingCalls.ChangeAsync(sandbox, seller.SellerId, sku, new { title = "x\0y", price = -1m, availability = "SOMETIMES", images = new[] { "../etc" }, buyBoxWinner = "me" });
        using var unknownSku = await ListingCalls.ChangeAsync(sandbox, seller.SellerId, "NO-SUCH-SKU", new { title = "T" });
        using var unknownSeller = await ListingCalls.ChangeAsync(sandbox, "A0NOSUCHSELLER", sku, new { title = "T" });
        using var ancientChanges = await sandbox.Http.GetAsync(
            $"/sandbox/control/sellers/{seller.SellerId}/listings/changes?from=0001-01-01T00:00:00Z&to=0001-01-02T00:00:00Z", TestContext.Current.CancellationToken);
        using var ancientListings = await sandbox.Http.GetAsync(
            $"/sandbox/control/sellers/{seller.SellerId}/listings?at=9999-12-31T00:00:00Z", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(["availability", "buyBoxWinner", "images", "price", "title"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, unknownSku.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownSeller.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, ancientChanges.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, ancientListings.StatusCode);
        Assert.DoesNotContain(await ListingCalls.ChangesAsync(sandbox, seller.SellerId, ManualClock.Start.AddDays(-1), ManualClock.Start.AddDays(1)), c => c.Source == "control");
    }

    [Fact]
    public async Task TheDemoSellerChangesOneListingAttributeEachHourWhichTheListingApisShowOnTheHour()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var demo = await sandbox.DefaultSellerAsync();
        var other = await sandbox.CreateSellerAsync(8303);
        var from = ManualClock.Start.AddMinutes(1);

        var changes = await ListingCalls.ChangesAsync(sandbox, demo.SellerId, from, from.AddHours(6));
        var quiet = await ListingCalls.ChangesAsync(sandbox, other.SellerId, from, from.AddHours(6));
        var first = changes[0];
        var before = await ListingCalls.ItemAsync(sandbox, await sandbox.AmazonTokenAsync(demo), demo.SellerId, first.Sku);
        sandbox.Clock.Advance(first.At - ManualClock.Start);
        var after = await ListingCalls.ItemAsync(sandbox, await sandbox.AmazonTokenAsync(demo), demo.SellerId, first.Sku);

        Assert.Equal(Enumerable.Range(1, 6).Select(h => ManualClock.Start.AddHours(h)), changes.Select(c => c.At));
        Assert.All(changes, c => Assert.Equal("hourly", c.Source));
        Assert.Equal(5, changes.Select(c => c.Attribute).Distinct().Count());
        Assert.Empty(quiet);
        Assert.NotEqual(before.GetRawText(), after.GetRawText());
        Assert.Equal(first.At, DateTimeOffset.Parse(after.GetProperty("summaries")[0].GetProperty("lastUpdatedDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task GivingTheBuyBoxToACompetitorForADayLowersThatDaysBuyBoxPercentageOnly()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(8304);
        var day = DateOnly.FromDateTime(ManualClock.Start.UtcDateTime).AddDays(-10);
        var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var truth = await Amazon.TrafficCalls.TruthAsync(sandbox, seller.SellerId, day, day.AddDays(1));
        var sku = truth.First(t => t.Day == day && t.Final.Sessions > 0 && t.Final.BuyBoxPercentage >= 85m).Sku;

        (await ListingCalls.ChangeAsync(sandbox, seller.SellerId, sku, new { at = midnight, buyBoxWinner = "A3COMPETITOR0042" })).EnsureSuccessStatusCode();
        (await ListingCalls.ChangeAsync(sandbox, seller.SellerId, sku, new { at = midnight.AddDays(1), buyBoxWinner = seller.SellerId })).EnsureSuccessStatusCode();
        var lost = await Amazon.TrafficCalls.TruthAsync(sandbox, seller.SellerId, day, day.AddDays(1));

        Assert.True(lost.Single(t => t.Day == day && t.Sku == sku).Final.BuyBoxPercentage <= 10m);
        Assert.Equal(truth.Single(t => t.Day == day.AddDays(1) && t.Sku == sku).Final, lost.Single(t => t.Day == day.AddDays(1) && t.Sku == sku).Final);
        Assert.Equal(truth.Where(t => t.Sku != sku), lost.Where(t => t.Sku != sku));
    }
}
