using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Listings;

/// <summary>
/// The control API's listing routes: change a listing at a chosen instant, read every listing as it was at an instant
/// (in a marketplace, default the seller's home one), and list the attribute changes between two instants.
/// </summary>
internal static partial class ListingsControl
{
    private const int MaxChangeDays = 31;
    private const int MaxOffsetDays = 400;

    public static Results<Ok<ListingSnapshotResponse>, NotFound, ValidationProblem> Change(
        string sellerId, string sku, ListingChangeRequest request, SellerRegistry sellers, SandboxClock clock)
    {
        if (sellers.Find(sellerId) is not { } seller || seller.Catalog.FindBySku(sku) is not { } product)
        {
            return TypedResults.NotFound();
        }

        var now = clock.UtcNow;
        var errors = Validate(request, now);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var at = request.At ?? now;
        seller.ListingChanges.Add(new ListingChange(
            at, sku, "control", request.Title, request.Price is { } price ? Money.Round(price) : null, request.Images, request.Availability, request.BuyBoxWinner));
        return TypedResults.Ok(ListingSnapshots.Of(seller, SellerListings.At(seller, product, at), seller.Region.Home));
    }

    public static Results<Ok<IReadOnlyList<ListingSnapshotResponse>>, NotFound, ValidationProblem> List(
        string sellerId, DateTimeOffset? at, string? marketplaceId, SellerRegistry sellers, SandboxClock clock)
    {
        if (sellers.Find(sellerId) is not { } seller)
        {
            return TypedResults.NotFound();
        }

        var marketplace = marketplaceId is null ? seller.Region.Home : seller.Region.ListedIn(marketplaceId);
        if (marketplace is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["marketplaceId"] = ["The seller does not sell in this marketplace."] });
        }

        if (at is { } asked && !NearNow(asked, clock.UtcNow))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["at"] = [$"at is within {MaxOffsetDays} days of now."] });
        }

        var instant = at ?? clock.UtcNow;
        return TypedResults.Ok<IReadOnlyList<ListingSnapshotResponse>>(
            [.. seller.Catalog.Products.Select(p => ListingSnapshots.Of(seller, SellerListings.At(seller, p, instant), marketplace))]);
    }

    public static Results<Ok<IReadOnlyList<ListingChangeResponse>>, NotFound, ValidationProblem> Changes(
        string sellerId, DateTimeOffset? from, DateTimeOffset? to, SellerRegistry sellers, SandboxClock clock)
    {
        if (sellers.Find(sellerId) is not { } seller)
        {
            return TypedResults.NotFound();
        }

        if (from is null || to is null || to <= from || to.Value - from.Value > TimeSpan.FromDays(MaxChangeDays)
            || !NearNow(from.Value, clock.UtcNow) || !NearNow(to.Value, clock.UtcNow))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["from"] = [$"from and to are instants (ISO 8601) within {MaxOffsetDays} days of now, from < to, at most {MaxChangeDays} days apart."],
            });
        }

        return TypedResults.Ok<IReadOnlyList<ListingChangeResponse>>([.. ListingSnapshots.ChangesBetween(seller, from.Value, to.Value)]);
    }

    private static Dictionary<string, string[]> Validate(ListingChangeRequest request, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string[]>();
        if (request is { Title: null, Price: null, Images: null, Availability: null, BuyBoxWinner: null })
        {
            errors["title"] = ["Change at least one of title, price, images, availability and buyBoxWinner."];
        }

        if (request.At is { } at && !NearNow(at, now))
        {
            errors["at"] = [$"A change takes effect within {MaxOffsetDays} days of now."];
        }

        if (request.Title is { } title && (title.Length is 0 or > 200 || title.Any(char.IsControl)))
        {
            errors["title"] = ["A title has 1 to 200 characters and no control characters."];
        }

        if (request.Price is <= 0m or > 1_000_000m)
        {
            errors["price"] = ["A price is above 0 and at most 1,000,000."];
        }

        if (request.Images is { } images && (images.Count is 0 or > 9 || images.Any(i => i is null || !ImageId().IsMatch(i))))
        {
            errors["images"] = ["Images are 1 to 9 image ids of 5 to 40 letters, digits, '+', '-' or '_'."];
        }

        if (request.Availability is not (null or ListingState.InStock or ListingState.OutOfStock))
        {
            errors["availability"] = ["Availability is IN_STOCK or OUT_OF_STOCK."];
        }

        if (request.BuyBoxWinner is { } winner && !SellerId().IsMatch(winner))
        {
            errors["buyBoxWinner"] = ["The Buy Box winner is a seller id: 'A' and 9 to 20 capital letters or digits."];
        }

        return errors;
    }

    [GeneratedRegex("^[A-Za-z0-9+_-]{5,40}$")]
    private static partial Regex ImageId();

    [GeneratedRegex("^A[A-Z0-9]{9,20}$")]
    private static partial Regex SellerId();

    // Far-off instants would walk the catalog's history past DateOnly's range; no test needs more than this.
    private static bool NearNow(DateTimeOffset instant, DateTimeOffset now) => (instant - now).Duration() <= TimeSpan.FromDays(MaxOffsetDays);
}
