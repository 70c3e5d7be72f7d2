using Sellmetrics.Sandbox.Amazon.Catalog;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Listings;

/// <summary>Listings as the control API's truth shows them, and the attribute changes between two instants.</summary>
internal static class ListingSnapshots
{
    public const string CatalogSource = "catalog";

    public static ListingSnapshotResponse Of(Seller seller, ListingState listing, AmazonMarketplace marketplace) => new(
        listing.Product.Sku,
        listing.Product.Asin,
        marketplace.Id,
        listing.Title,
        listing.Bullets,
        [.. listing.ImageIds.Select(CatalogApi.ImageLink)],
        listing.PriceIn(marketplace),
        marketplace.Currency,
        listing.Availability,
        listing.BuyBoxWinner,
        listing.BuyBoxWinner == seller.SellerId,
        listing.LastUpdated);

    /// <summary>Every attribute change effective in [from, to): the catalog's revisions at midnight, hourly and control changes.</summary>
    public static IEnumerable<ListingChangeResponse> ChangesBetween(Seller seller, DateTimeOffset from, DateTimeOffset to)
    {
        var hourly = seller.ChangesListingsHourly ? HourlyListingChanges.Between(seller, from, to) : [];
        var events = hourly.Concat(seller.ListingChanges.Between(from, to)).Select(c => (c.At, c.Sku, c.Source))
            .Concat(CatalogRevisions(seller, from, to));
        return events
            .GroupBy(e => (e.At, e.Sku))
            .OrderBy(g => g.Key.At).ThenBy(g => g.Key.Sku, StringComparer.Ordinal)
            .SelectMany(g => Diff(seller, g.Key.Sku, g.Key.At, string.Join('+', g.Select(e => e.Source).Distinct().Order(StringComparer.Ordinal))));
    }

    private static IEnumerable<(DateTimeOffset At, string Sku, string Source)> CatalogRevisions(Seller seller, DateTimeOffset from, DateTimeOffset to)
    {
        var first = DateOnly.FromDateTime(from.UtcDateTime);
        var last = DateOnly.FromDateTime(to.UtcDateTime);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var midnight = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            if (midnight < from || midnight >= to)
            {
                continue;
            }

            foreach (var product in seller.Catalog.Products)
            {
                var before = seller.Catalog.ListingOn(product, day.AddDays(-1));
                var after = seller.Catalog.ListingOn(product, day);
                if (before.Price != after.Price || before.Title != after.Title || !before.Bullets.SequenceEqual(after.Bullets))
                {
                    yield return (midnight, product.Sku, CatalogSource);
                }
            }
        }
    }

    private static IEnumerable<ListingChangeResponse> Diff(Seller seller, string sku, DateTimeOffset at, string source)
    {
        if (seller.Catalog.FindBySku(sku) is not { } product)
        {
            yield break;
        }

        var home = seller.Region.Home;
        var before = Of(seller, SellerListings.At(seller, product, at.AddTicks(-1)), home);
        var after = Of(seller, SellerListings.At(seller, product, at), home);
        ListingChangeResponse Change(string attribute, object was, object now) => new(at, sku, source, attribute, was, now);
        if (before.Title != after.Title)
        {
            yield return Change("title", before.Title, after.Title);
        }

        if (!before.Bullets.SequenceEqual(after.Bullets))
        {
            yield return Change("bullets", before.Bullets, after.Bullets);
        }

        if (!before.Images.SequenceEqual(after.Images))
        {
            yield return Change("images", before.Images, after.Images);
        }

        if (before.Price != after.Price)
        {
            yield return Change("price", before.Price, after.Price);
        }

        if (before.Availability != after.Availability)
        {
            yield return Change("availability", before.Availability, after.Availability);
        }

        if (before.BuyBoxWinner != after.BuyBoxWinner)
        {
            yield return Change("buyBoxWinner", before.BuyBoxWinner, after.BuyBoxWinner);
        }
    }
}
