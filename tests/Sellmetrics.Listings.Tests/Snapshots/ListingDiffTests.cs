using Sellmetrics.Listings.Snapshots;

namespace Sellmetrics.Listings.Tests.Snapshots;

public sealed class ListingDiffTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private static ListingSnapshot Listing(DateTimeOffset at) => new(
        "ATVPDKIKX0DER", "MUG-01", "B0MUG00001", "Blue mug", ["Holds 350 ml", "Dishwasher safe"], "https://img/main.jpg",
        ["https://img/side.jpg"], 12.99m, "USD", "IN_STOCK", [], ListingSnapshot.OurSellerId, at);

    [Fact]
    public void AListingsFirstSnapshotIsItsBaselineNotAChange() =>
        Assert.Empty(ListingDiff.Between(null, Listing(Monday)));

    [Fact]
    public void TheSameSnapshotTakenTwiceChangesNothing() =>
        Assert.Empty(ListingDiff.Between(Listing(Monday), Listing(Monday.AddMinutes(15))));

    [Fact]
    public void EachChangedAttributeIsOneChangeWithItsValueBeforeAndAfter()
    {
        var later = Listing(Monday.AddMinutes(15)) with { Title = "Blue mug, 350 ml", Price = 10.5m, BuyBoxWinner = "A2OTHERSELLER" };

        var changes = ListingDiff.Between(Listing(Monday), later);

        Assert.Equal(
            [
                new ListingChange("ATVPDKIKX0DER", "MUG-01", "B0MUG00001", ListingAttribute.Title, "Blue mug", "Blue mug, 350 ml", Monday.AddMinutes(15)),
                new ListingChange("ATVPDKIKX0DER", "MUG-01", "B0MUG00001", ListingAttribute.Price, "12.99 USD", "10.50 USD", Monday.AddMinutes(15)),
                new ListingChange("ATVPDKIKX0DER", "MUG-01", "B0MUG00001", ListingAttribute.BuyBoxWinner, "self", "A2OTHERSELLER", Monday.AddMinutes(15)),
            ],
            changes);
    }

    [Fact]
    public void ListsCompareByTheirItemsAndIssuesInAnyOrderAreTheSame()
    {
        var before = Listing(Monday) with { Issues = ["Missing brand", "Image too small"] };
        var sameIssuesOtherOrder = before with { Issues = ["Image too small", "Missing brand"], BulletPoints = ["Holds 350 ml", "Dishwasher safe"] };
        var bulletsSwapped = before with { BulletPoints = ["Dishwasher safe", "Holds 350 ml"] };

        Assert.Empty(ListingDiff.Between(before, sameIssuesOtherOrder));
        var change = Assert.Single(ListingDiff.Between(before, bulletsSwapped));
        Assert.Equal((ListingAttribute.BulletPoints, "Holds 350 ml\nDishwasher safe", "Dishwasher safe\nHolds 350 ml"), (change.Attribute, change.Before, change.After));
    }

    [Fact]
    public void AnImageRemovedIsAChangeToNothing()
    {
        var change = Assert.Single(ListingDiff.Between(Listing(Monday), Listing(Monday) with { OtherImages = [] }));

        Assert.Equal((ListingAttribute.OtherImages, "https://img/side.jpg", (string?)null), (change.Attribute, change.Before, change.After));
    }

    [Fact]
    public void SnapshotsOfTwoListingsCannotBeCompared() =>
        Assert.Throws<ArgumentException>(() => ListingDiff.Between(Listing(Monday), Listing(Monday) with { Sku = "MUG-02" }));
}
