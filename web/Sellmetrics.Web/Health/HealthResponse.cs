namespace Sellmetrics.Web.Health;

/// <summary>Body of the health endpoints: overall status and each check's status.</summary>
public sealed record HealthResponse(string Status, IReadOnlyDictionary<string, string> Checks);
