namespace Sellmetrics.Sandbox.Listings;

/// <summary>
/// One attribute of one listing that changed at <see cref="At"/>, with its value before and after (title, bullets,
/// images, price, availability or buyBoxWinner, in the seller's home marketplace). <see cref="Source"/> is
/// <c>catalog</c> (the generated 90-day revisions), <c>hourly</c> (the demo seller) or <c>control</c>, joined by <c>+</c> when several coincide.
/// </summary>
public sealed record ListingChangeResponse(DateTimeOffset At, string Sku, string Source, string Attribute, object Before, object After);
