using Sellmetrics.Grains.Dashboard;
using Sellmetrics.Profit.Payouts;

namespace Sellmetrics.Web.Payouts;

/// <summary>
/// One settlement of a marketplace (<see cref="Storefront"/> as sellers know it: Amazon.com, Walmart.com): its period and deposit, its lines and the ledger summed per kind, and the difference between the
/// deposit and the ledger as the sum of the named <see cref="Differences"/>.
/// </summary>
public sealed record PayoutResponse(
    string Marketplace,
    string Storefront,
    string SettlementId,
    DateTimeOffset PeriodStart,
    DateTimeOffset PeriodEnd,
    DateTimeOffset? DepositDate,
    decimal DepositAmount,
    string Currency,
    IReadOnlyList<PayoutKindResponse> Kinds,
    decimal LedgerTotal,
    decimal Difference,
    IReadOnlyList<PayoutDifferenceResponse> Differences)
{
    public static PayoutResponse From(ReconciledPayout reconciled)
    {
        var p = reconciled.Payout;
        return new(
            reconciled.Marketplace, MarketplaceTitles.Of(reconciled.Marketplace), p.SettlementId, p.PeriodStart, p.PeriodEnd, p.DepositDate, p.DepositAmount, p.Currency,
            [.. reconciled.Kinds.Select(k => new PayoutKindResponse(k.Kind, k.Settlement, k.Ledger, k.Settlement - k.Ledger))],
            reconciled.LedgerTotal,
            reconciled.Difference,
            [.. reconciled.Differences.Select(d => new PayoutDifferenceResponse(d.Kind, d.Reference, d.Reason, d.Settlement, d.Ledger, d.Amount))]);
    }
}
