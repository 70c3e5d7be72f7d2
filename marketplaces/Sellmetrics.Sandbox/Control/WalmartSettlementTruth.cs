using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Sellers;
using Sellmetrics.Sandbox.Truth;
using Sellmetrics.Sandbox.Walmart;

namespace Sellmetrics.Sandbox.Control;

/// <summary>
/// The sandbox's own record of what each closed Walmart settlement cycle paid, summed from the generated orders and returns
/// (not from the reconciliation file's text): the price and the fees of each line shipped in the cycle, and the price less
/// the commission returned of each line refunded in it, and the reserve released and held. Its id is the cycle's report date (MMDDYYYY), the day it is paid.
/// </summary>
internal static class WalmartSettlementTruth
{
    public static Results<Ok<IEnumerable<SettlementTruthResponse>>, NotFound> List(string sellerId, SellerRegistry sellers, SandboxClock clock)
    {
        if (sellers.Find(sellerId) is not { } seller)
        {
            return TypedResults.NotFound();
        }

        var now = clock.UtcNow;
        return TypedResults.Ok(WalmartReconRows.Cycles(seller, now).Select(c => Of(seller, c, now)));
    }

    private static SettlementTruthResponse Of(Seller seller, SettlementPeriod cycle, DateTimeOffset now)
    {
        bool InCycle(DateTimeOffset? at) => at >= cycle.Start && at < cycle.End;
        var orders = seller.Walmart.OrdersPlacedBetween(DateOnly.FromDateTime(cycle.Start.UtcDateTime).AddDays(-60), DateOnly.FromDateTime(cycle.End.UtcDateTime), now).ToList();
        var shipped = orders.Where(o => InCycle(o.ShippedAt)).SelectMany(o => o.Lines.Select(l => (Order: o, Line: l))).ToList();
        var refunded = orders
            .Where(o => o.Return is { } r && InCycle(r.RefundedAt))
            .SelectMany(o => o.Lines.Where(l => o.Return!.LineNumbers.Contains(l.LineNumber)))
            .ToList();
        var sales = shipped.Sum(s => s.Line.Price);
        var fees = shipped.Sum(s => s.Line.Commission + (s.Order.IsWfs ? s.Line.WfsFee : 0m));
        var refunds = refunded.Sum(l => -l.Price - l.Commission);
        var (released, held) = (cycle.ReserveReleased(WalmartReconRows.CycleSeed(seller), 0), cycle.ReserveHeld(WalmartReconRows.CycleSeed(seller), 0));
        return new SettlementTruthResponse(
            WalmartReconRows.ReportDate(cycle), cycle.Start, cycle.End, cycle.End, sales + fees + refunds + released - held, WalmartStore.Currency, sales, fees, refunds, 0m, 0m, released, held)
        {
            MarketplaceId = WalmartTruth.Marketplace,
        };
    }
}
