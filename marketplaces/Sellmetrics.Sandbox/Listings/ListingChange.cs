namespace Sellmetrics.Sandbox.Listings;

/// <summary>
/// A change to one listing effective at <see cref="At"/>: each attribute set is the new value (null: unchanged).
/// <see cref="Source"/> says who made it: <c>control</c> (the control API) or <c>hourly</c> (the demo seller's own rotation).
/// </summary>
internal sealed record ListingChange(
    DateTimeOffset At,
    string Sku,
    string Source,
    string? Title = null,
    decimal? Price = null,
    IReadOnlyList<string>? ImageIds = null,
    string? Availability = null,
    string? BuyBoxWinner = null);
