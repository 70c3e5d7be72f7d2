namespace Sellmetrics.Sandbox.Tests.Amazon;

public sealed class TrafficRestatementTests
{
    private static readonly DateOnly Yesterday = DateOnly.FromDateTime(ManualClock.Start.UtcDateTime).AddDays(-1);

    [Fact]
    public async Task ADayReadTheNextDayIsShortOfItsFinalFiguresReadFourDaysLaterEqualsThemAndNeverChangesAgain()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(8101);

        var early = await TrafficCalls.ReportRowsAsync(sandbox, await sandbox.AmazonTokenAsync(seller), Yesterday);
        var truth = await TrafficCalls.TruthAsync(sandbox, seller.SellerId, Yesterday, Yesterday);
        sandbox.Clock.Advance(TimeSpan.FromDays(1));
        var middle = (await TrafficCalls.TruthAsync(sandbox, seller.SellerId, Yesterday, Yesterday)).ToDictionary(t => t.Sku);
        sandbox.Clock.Advance(TimeSpan.FromDays(2));
        var settled = await TrafficCalls.ReportRowsAsync(sandbox, await sandbox.AmazonTokenAsync(seller), Yesterday);
        var settledTruth = await TrafficCalls.TruthAsync(sandbox, seller.SellerId, Yesterday, Yesterday);
        sandbox.Clock.Advance(TimeSpan.FromDays(10));
        var later = await TrafficCalls.ReportRowsAsync(sandbox, await sandbox.AmazonTokenAsync(seller), Yesterday);

        Assert.All(truth, t => Assert.False(t.Settled));
        Assert.All(truth, t => Assert.Equal(t.Served, TrafficCalls.Figures(early[t.Sku])));
        Assert.True(truth.Sum(t => t.Served.Sessions) < truth.Sum(t => t.Final.Sessions), "a day read the next morning is still filling in");
        Assert.NotEqual(truth.Select(t => t.Served), truth.Select(t => t.Final));
        Assert.All(truth, t => Assert.True(
            t.Served.Sessions <= middle[t.Sku].Served.Sessions && middle[t.Sku].Served.Sessions <= t.Final.Sessions
            && t.Served.PageViews <= middle[t.Sku].Served.PageViews && middle[t.Sku].Served.PageViews <= t.Final.PageViews
            && t.Served.UnitsOrdered <= t.Final.UnitsOrdered,
            $"{t.Sku}: a settling day only fills in towards its final figures"));
        Assert.All(truth, t => Assert.Equal(t.Final, TrafficCalls.Figures(settled[t.Sku])));
        Assert.All(settledTruth, t => Assert.True(t.Settled && t.Served == t.Final));
        Assert.Equal(truth.Select(t => t.Final), settledTruth.Select(t => t.Final));
        Assert.Equal(settled.Keys.Order(), later.Keys.Order());
        Assert.All(settled, s => Assert.Equal(s.Value.GetRawText(), later[s.Key].GetRawText()));
    }

    [Fact]
    public async Task EveryListingHasItsRowPerChildAsinAndPerSkuThoseWithoutOrdersToo()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(8102);
        var token = await sandbox.AmazonTokenAsync(seller);
        var day = Yesterday.AddDays(-30);
        var listings = await Listings.ListingCalls.TruthAsync(sandbox, seller.SellerId);

        var bySku = await TrafficCalls.ReportRowsAsync(sandbox, token, day, "SKU");
        var byChild = await TrafficCalls.ReportRowsAsync(sandbox, token, day, "CHILD");
        var truth = await TrafficCalls.TruthAsync(sandbox, seller.SellerId, day, day);

        Assert.Equal(listings.Select(l => l.Sku).Order(StringComparer.Ordinal), bySku.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(listings.Select(l => l.Asin).Order(StringComparer.Ordinal), byChild.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(bySku.Values, r => r.GetProperty("salesByAsin").GetProperty("unitsOrdered").GetInt32() == 0);
        Assert.Equal(truth.Count, bySku.Count);
        Assert.All(truth, t => Assert.Equal(t.Final, TrafficCalls.Figures(bySku[t.Sku])));
    }

    [Fact]
    public async Task TheSameSeedGivesTheSameTrafficTruthAndReportInAnotherSandbox()
    {
        await using var first = await SandboxApp.StartAsync(seed: 1);
        await using var second = await SandboxApp.StartAsync(seed: 2);
        var a = await first.CreateSellerAsync(8103);
        var b = await second.CreateSellerAsync(8103);

        var truthA = await TrafficCalls.TruthAsync(first, a.SellerId, Yesterday.AddDays(-5), Yesterday);
        var truthB = await TrafficCalls.TruthAsync(second, b.SellerId, Yesterday.AddDays(-5), Yesterday);
        var reportA = await TrafficCalls.ReportRowsAsync(first, await first.AmazonTokenAsync(a), Yesterday);
        var reportB = await TrafficCalls.ReportRowsAsync(second, await second.AmazonTokenAsync(b), Yesterday);

        Assert.Equal(a.SellerId, b.SellerId);
        Assert.Equal(truthA, truthB);
        Assert.Equal(reportA.ToDictionary(r => r.Key, r => r.Value.GetRawText()), reportB.ToDictionary(r => r.Key, r => r.Value.GetRawText()));
    }
}
