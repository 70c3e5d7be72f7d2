using System.ComponentModel.DataAnnotations;

namespace Sellmetrics.Marketplaces.Walmart;

/// <summary>One Walmart operation's token bucket.</summary>
public sealed class WalmartRateOptions
{
    [Range(typeof(decimal), "0.0001", "100000")]
    public decimal RequestsPerSecond { get; set; }

    [Range(1, 100_000)]
    public int Burst { get; set; }
}
