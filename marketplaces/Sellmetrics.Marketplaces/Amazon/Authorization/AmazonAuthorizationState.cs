namespace Sellmetrics.Marketplaces.Amazon.Authorization;

/// <summary>What a valid <c>state</c> carries: the tenant that started the flow, a one-time nonce and its expiry.</summary>
public sealed record AmazonAuthorizationState(Guid TenantId, string Nonce, DateTimeOffset ExpiresAt);
