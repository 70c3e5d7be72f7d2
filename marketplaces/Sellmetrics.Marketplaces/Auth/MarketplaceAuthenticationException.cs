using System.Net;

namespace Sellmetrics.Marketplaces.Auth;

/// <summary>A token endpoint refused a request for a reason other than a revoked grant (for example a bad client id or a server fault).</summary>
public sealed class MarketplaceAuthenticationException(string marketplace, HttpStatusCode statusCode, string? errorCode)
    : Exception($"The {marketplace} token endpoint answered {(int)statusCode} ({errorCode ?? "no error code"}).")
{
    public string Marketplace { get; } = marketplace;

    public HttpStatusCode StatusCode { get; } = statusCode;

    public string? ErrorCode { get; } = errorCode;
}
