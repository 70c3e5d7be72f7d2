namespace Sellmetrics.Marketplaces.Amazon.Authorization;

/// <summary>Where to send the seller to authorize Sellmetrics, and the signed <c>state</c> that will come back.</summary>
public sealed record AmazonConsentRequest(Uri ConsentUri, string State, DateTimeOffset ExpiresAt);
