namespace Sellmetrics.Facts.Payouts;

/// <summary>One settlement (Amazon settlement report, Walmart cycle): its period and the deposit the seller received.</summary>
public sealed record Payout(
    string SettlementId,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    DateTimeOffset? DepositDate,
    decimal DepositAmount,
    string Currency);
