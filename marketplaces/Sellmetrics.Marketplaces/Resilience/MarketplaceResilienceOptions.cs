using System.ComponentModel.DataAnnotations;

namespace Sellmetrics.Marketplaces.Resilience;

/// <summary>Retry, timeout and circuit-breaker settings for every marketplace call (section <c>Marketplaces:Resilience</c>).</summary>
public sealed class MarketplaceResilienceOptions
{
    public const string Section = "Marketplaces:Resilience";

    /// <summary>Retries after a 429, a 5xx, a timeout or a connection failure.</summary>
    [Range(0, 20)]
    public int MaxRetryAttempts { get; set; } = 6;

    /// <summary>First backoff on the marketplace's clock; it doubles per attempt, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Share of failed calls (5xx, timeouts) in <see cref="BreakerSamplingDuration"/> that opens the breaker.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    [Range(2, 10_000)]
    public int BreakerMinimumThroughput { get; set; } = 20;

    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Share of each documented rate the client keeps in reserve, so that clock drift and jitter between our bucket
    /// and the marketplace's never push a request past the marketplace's bucket.
    /// </summary>
    [Range(0.0, 0.5)]
    public double RateHeadroom { get; set; } = 0.05;
}
