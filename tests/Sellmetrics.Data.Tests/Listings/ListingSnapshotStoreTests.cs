using Sellmetrics.Data.Listings;
using Sellmetrics.Data.Tests.Facts;
using Sellmetrics.Listings.Snapshots;
using Sellmetrics.Testing;

namespace Sellmetrics.Data.Tests.Listings;

public sealed class ListingSnapshotStoreTests(TestPostgres postgres)
{
    private const string Us = "ATVPDKIKX0DER";
    private static readonly DateTimeOffset Nine = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private static ListingSnapshot Mug(DateTimeOffset at) => new(
        Us, "MUG-01", "B0MUG00001", "Blue mug", ["Holds 350 ml", "Dishwasher safe"], "https://img/main.jpg", [], 12.99m, "USD",
        "IN_STOCK", ["Image too small"], ListingSnapshot.OurSellerId, at);

    [Fact]
    public async Task EachAttributeChangeIsStoredOnceWithBeforeAndAfterAndARepeatedSnapshotStoresNothing()
    {
        await using var tenant = await Tenant.CreateAsync(postgres);
        var store = new ListingSnapshotStore(tenant.Database);
        var ct = TestContext.Current.CancellationToken;

        var baseline = await store.RecordAsync(tenant.Id, [Mug(Nine), Mug(Nine) with { Sku = "MUG-02" }], ct);
        var changed = await store.RecordAsync(tenant.Id, [Mug(Nine.AddMinutes(15)) with { Title = "Blue mug 350 ml", BuyBoxWinner = "A2OTHER" }], ct);
        var repeated = await store.RecordAsync(tenant.Id, [Mug(Nine.AddMinutes(30)) with { Title = "Blue mug 350 ml", BuyBoxWinner = "A2OTHER" }], ct);

        Assert.Empty(baseline);
        Assert.Equal([ListingAttribute.Title, ListingAttribute.BuyBoxWinner], changed.Select(c => c.Attribute));
        Assert.Empty(repeated);
        var stored = await store.ListChangesAsync(tenant.Id, Nine, Nine.AddHours(1), sku: null, ct);
        Assert.Equal(
            [("Title", "Blue mug", "Blue mug 350 ml"), ("BuyBoxWinner", "self", "A2OTHER")],
            stored.Select(c => (c.Attribute.ToString(), c.Before, c.After)));
        Assert.All(stored, c => Assert.Equal(Nine.AddMinutes(15), c.DetectedAt));
    }

    [Fact]
    public async Task ChangesAreReadByPeriodAndSkuAndTheLatestSnapshotRoundTripsWithItsLists()
    {
        await using var tenant = await Tenant.CreateAsync(postgres);
        var store = new ListingSnapshotStore(tenant.Database);
        var ct = TestContext.Current.CancellationToken;
        await store.RecordAsync(tenant.Id, [Mug(Nine), Mug(Nine) with { Sku = "MUG-02" }], ct);
        await store.RecordAsync(tenant.Id, [Mug(Nine.AddHours(1)) with { Price = 9.99m }, Mug(Nine.AddHours(2)) with { Sku = "MUG-02", Price = 8m }], ct);

        Assert.Equal(["MUG-01", "MUG-02"], (await store.ListChangesAsync(tenant.Id, Nine, Nine.AddHours(3), null, ct)).Select(c => c.Sku));
        Assert.Equal(["MUG-02"], (await store.ListChangesAsync(tenant.Id, Nine, Nine.AddHours(3), "MUG-02", ct)).Select(c => c.Sku));
        Assert.Empty(await store.ListChangesAsync(tenant.Id, Nine.AddHours(2).AddTicks(10), Nine.AddHours(3), null, ct));
        var latest = (await store.ListSnapshotsAsync(tenant.Id, ct)).Single(s => s.Sku == "MUG-01");
        Assert.Equal((9.99m, "USD", Nine.AddHours(1)), (latest.Price, latest.Currency, latest.TakenAt));
        Assert.Equal(["Holds 350 ml", "Dishwasher safe"], latest.BulletPoints);
        Assert.Equal(["Image too small"], latest.Issues);
    }

    [Fact]
    public async Task AnotherTenantSeesNeitherTheSnapshotsNorTheChanges()
    {
        await using var tenant = await Tenant.CreateAsync(postgres);
        var other = await tenant.ProvisionAnotherAsync();
        var store = new ListingSnapshotStore(tenant.Database);
        var ct = TestContext.Current.CancellationToken;
        await store.RecordAsync(tenant.Id, [Mug(Nine)], ct);
        await store.RecordAsync(tenant.Id, [Mug(Nine.AddMinutes(15)) with { Title = "Changed" }], ct);

        Assert.Empty(await store.ListSnapshotsAsync(other, ct));
        Assert.Empty(await store.ListChangesAsync(other, Nine, Nine.AddDays(1), null, ct));
    }
}
