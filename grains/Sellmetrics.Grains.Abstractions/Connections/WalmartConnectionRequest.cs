namespace Sellmetrics.Grains.Connections;

/// <summary>A seller's Walmart API key pair as entered; plain text only in memory.</summary>
[GenerateSerializer, Immutable, Alias("sellmetrics.walmart-connection-request")]
public sealed record WalmartConnectionRequest([property: Id(0)] string ClientId, [property: Id(1)] string ClientSecret)
{
    public override string ToString() => "WalmartConnectionRequest(redacted)";
}
