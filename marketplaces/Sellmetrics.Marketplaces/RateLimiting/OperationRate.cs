namespace Sellmetrics.Marketplaces.RateLimiting;

/// <summary>A marketplace usage plan: <paramref name="RequestsPerSecond"/> tokens added per second into a bucket of <paramref name="Burst"/>.</summary>
public sealed record OperationRate(decimal RequestsPerSecond, int Burst);
