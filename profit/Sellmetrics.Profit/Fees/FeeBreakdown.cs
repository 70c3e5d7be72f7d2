namespace Sellmetrics.Profit.Fees;

/// <summary>Fee costs by category at full precision, positive when the seller pays.</summary>
public sealed record FeeBreakdown(decimal Referral, decimal Fulfillment, decimal Storage, decimal Other)
{
    public static FeeBreakdown Zero { get; } = new(0m, 0m, 0m, 0m);

    public decimal Total => Referral + Fulfillment + Storage + Other;

    public decimal this[FeeCategory category] => category switch
    {
        FeeCategory.Referral => Referral,
        FeeCategory.Fulfillment => Fulfillment,
        FeeCategory.Storage => Storage,
        _ => Other,
    };

    public FeeBreakdown Add(FeeCategory category, decimal amount) => category switch
    {
        FeeCategory.Referral => this with { Referral = Referral + amount },
        FeeCategory.Fulfillment => this with { Fulfillment = Fulfillment + amount },
        FeeCategory.Storage => this with { Storage = Storage + amount },
        _ => this with { Other = Other + amount },
    };

    public FeeBreakdown Add(FeeBreakdown other) =>
        new(Referral + other.Referral, Fulfillment + other.Fulfillment, Storage + other.Storage, Other + other.Other);
}
