using Sellmetrics.Listings.Snapshots;

namespace Sellmetrics.Alerts.Rules;

/// <summary>
/// One alert a seller opted into. <see cref="Skus"/> empty means every listing; <see cref="Attributes"/> narrows a
/// listing-changed rule (empty means all). With <see cref="DailyDigest"/> email and webhook deliveries wait for the day's digest.
/// </summary>
public sealed record AlertRule(
    Guid Id,
    AlertKind Kind,
    decimal? Threshold,
    IReadOnlyList<string> Skus,
    IReadOnlyList<ListingAttribute> Attributes,
    AlertChannels Channels,
    QuietHours? QuietHours,
    bool DailyDigest)
{
    public bool Covers(string sku) => Skus.Count == 0 || Skus.Contains(sku, StringComparer.Ordinal);

    public bool Watches(ListingAttribute attribute) => Attributes.Count == 0 || Attributes.Contains(attribute);
}
