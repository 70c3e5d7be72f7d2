namespace Sellmetrics.Sandbox.Control;

/// <summary>One settlement as the sandbox generated it: its period, deposit, and what it paid and charged per kind.</summary>
internal sealed record SettlementTruthResponse(
    string SettlementId,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    DateTimeOffset DepositDate,
    decimal Total,
    string Currency,
    decimal Sales,
    decimal Fees,
    decimal Refunds,
    decimal Reimbursements,
    decimal ServiceFees,
    decimal ReserveReleased,
    decimal ReserveHeld)
{
    /// <summary>The marketplace the settlement pays out (a European seller has one settlement per marketplace and period).</summary>
    public required string MarketplaceId { get; init; }
}
