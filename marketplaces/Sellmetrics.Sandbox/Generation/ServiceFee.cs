namespace Sellmetrics.Sandbox.Generation;

/// <summary>
/// An account- or SKU-level fee (storage, subscription, inbound placement); negative amount. An account-level fee of a
/// seller selling in several marketplaces (<see cref="IsAccountLevel"/>) belongs to none of them: it is charged once, in
/// its <see cref="Marketplace"/>'s currency, and settles there.
/// </summary>
internal sealed record ServiceFee(DateTimeOffset ChargedAt, string FeeType, string FeeReason, string Description, Product? Product, decimal Amount)
{
    public AmazonMarketplace Marketplace { get; init; } = AmazonMarketplace.UnitedStates;

    public bool IsAccountLevel { get; init; }
}
