namespace Sellmetrics.Sandbox.Scripting;

/// <summary>A storage or account-level fee in ServiceFeeEventList, selected by <see cref="PostedAt"/> (Amazon gives these no date).</summary>
public sealed record ScriptedServiceFee(
    DateTimeOffset? PostedAt,
    string? FeeType,
    decimal Amount,
    string? Sku = null,
    string? Reason = null,
    string? Description = null,
    string? MarketplaceId = null);
