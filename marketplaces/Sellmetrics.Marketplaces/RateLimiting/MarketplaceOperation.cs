using System.Text.RegularExpressions;

namespace Sellmetrics.Marketplaces.RateLimiting;

/// <summary>One rate-limited marketplace operation, recognised by its HTTP method and the end of its path.</summary>
public sealed record MarketplaceOperation(string Name, HttpMethod Method, Regex PathPattern, OperationRate DefaultRate)
{
    public bool Matches(HttpRequestMessage request) =>
        request.Method == Method && request.RequestUri is { } uri && PathPattern.IsMatch(uri.AbsolutePath);
}
