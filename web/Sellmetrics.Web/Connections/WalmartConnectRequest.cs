namespace Sellmetrics.Web.Connections;

/// <summary>The body of <c>PUT /api/connections/walmart</c>: a Walmart API key pair.</summary>
public sealed record WalmartConnectRequest(string? ClientId, string? ClientSecret)
{
    public override string ToString() => "WalmartConnectRequest(redacted)";
}
