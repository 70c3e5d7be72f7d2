using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Listings;

/// <summary>
/// A seller's listings at an instant: the catalog's listing of the day (its 90-day price, title and bullet revisions),
/// the seed's Buy Box winner, then the demo seller's hourly changes and the control API's changes in effect, in time order.
/// </summary>
internal static class SellerListings
{
    public static ListingState At(Seller seller, Product product, DateTimeOffset at)
    {
        var version = seller.Catalog.ListingOn(product, DateOnly.FromDateTime(at.UtcDateTime));
        var state = new ListingState(
            product, version.Title, version.Bullets, product.ImageIds, version.Price, null, ListingState.InStock,
            SeedBuyBoxWinner(seller, product), new DateTimeOffset(version.ChangedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        var hourly = seller.ChangesListingsHourly ? HourlyListingChanges.Latest(seller, product, at) : [];
        return hourly.Concat(seller.ListingChanges.For(product.Sku, at)).OrderBy(c => c.At).Aggregate(state, Apply);
    }

    public static ListingState Apply(ListingState state, ListingChange change) => state with
    {
        Title = change.Title ?? state.Title,
        FixedPrice = change.Price ?? state.FixedPrice,
        ImageIds = change.ImageIds ?? state.ImageIds,
        Availability = change.Availability ?? state.Availability,
        BuyBoxWinner = change.BuyBoxWinner ?? state.BuyBoxWinner,
        LastUpdated = change.At > state.LastUpdated ? change.At : state.LastUpdated,
    };

    /// <summary>How much of a day the seller held the Buy Box, sampled every six hours (0 to 1).</summary>
    public static decimal BuyBoxShare(Seller seller, Product product, DateOnly day)
    {
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return Enumerable.Range(0, 4).Count(i => At(seller, product, start.AddHours((i * 6) + 3)).BuyBoxWinner == seller.SellerId) / 4m;
    }

    // A generated seller has lost the Buy Box of about one listing in ten to a competitor; a scripted seller holds all its own.
    private static string SeedBuyBoxWinner(Seller seller, Product product) =>
        !seller.IsScripted && SeededRandom.For(seller.Seed, 23, product.Index).Chance(0.1) ? HourlyListingChanges.Competitor(seller.Seed, product.Index) : seller.SellerId;
}
