namespace Sellmetrics.Sandbox.Listings;

/// <summary>
/// <c>POST /sandbox/control/sellers/{sellerId}/listings/{sku}/changes</c>: what to change on a listing, effective at
/// <see cref="At"/> (default now). <see cref="Price"/> is shown as is in every marketplace; <see cref="Images"/> are
/// image ids (main first, as in <c>https://m.media-amazon.com/images/I/{id}.jpg</c>); <see cref="Availability"/> is
/// IN_STOCK or OUT_OF_STOCK; <see cref="BuyBoxWinner"/> is the seller id that holds the Buy Box (the seller's own to win it back).
/// </summary>
public sealed record ListingChangeRequest(
    DateTimeOffset? At = null,
    string? Title = null,
    decimal? Price = null,
    IReadOnlyList<string>? Images = null,
    string? Availability = null,
    string? BuyBoxWinner = null);
