namespace Sellmetrics.Sandbox.Truth;

/// <summary>
/// One thing the sandbox sold, charged, refunded or reimbursed, at the instant the product's profit definition dates it
/// (a sale and its order fees on the purchase instant, the rest when posted). Fees and refunds are positive costs.
/// <see cref="Marketplace"/> is null for an account-level fee of a seller selling in several marketplaces.
/// </summary>
internal sealed record TruthAmount(string? Marketplace, DateTimeOffset At, string? Sku, string Currency)
{
    public string? OrderId { get; init; }

    public string? Fulfillment { get; init; }

    public int Units { get; init; }

    public decimal Revenue { get; init; }

    public TruthFees Fees { get; init; } = TruthFees.Zero;

    public decimal Refunds { get; init; }

    public decimal Reimbursements { get; init; }
}
