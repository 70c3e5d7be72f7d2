using System.ComponentModel.DataAnnotations;

namespace Sellmetrics.Marketplaces.RateLimiting;

/// <summary>
/// How fast the marketplace's clock runs relative to ours. 1 for Amazon and Walmart; the sandbox can run
/// faster (<c>Sandbox:TimeScale</c>) and the client buckets refill by the same factor so both sides agree.
/// </summary>
public sealed class MarketplaceClockOptions
{
    public const string Section = "Sandbox";

    [Range(0.001, 1_000_000)]
    public double TimeScale { get; set; } = 1;

    /// <summary>Converts a duration on the marketplace's clock to one on ours.</summary>
    public TimeSpan ToLocal(TimeSpan marketplaceDuration) => marketplaceDuration / TimeScale;
}
