namespace Sellmetrics.Sandbox.RateLimiting;

/// <summary>A documented usage plan: <see cref="Rate"/> requests per second refill a bucket of <see cref="Burst"/>.</summary>
internal sealed record RateLimit(string Operation, double Rate, int Burst)
{
    /// <summary>The header value Amazon sends: the rate as a plain decimal number.</summary>
    public string HeaderValue => Rate.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
}
