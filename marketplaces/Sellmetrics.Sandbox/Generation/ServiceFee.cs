namespace Sellmetrics.Sandbox.Generation;

/// <summary>An account- or SKU-level fee (storage, subscription, inbound placement); negative amount.</summary>
internal sealed record ServiceFee(DateTimeOffset ChargedAt, string FeeType, string FeeReason, string Description, Product? Product, decimal Amount)
{
    public AmazonMarketplace Marketplace { get; init; } = AmazonMarketplace.UnitedStates;
}
