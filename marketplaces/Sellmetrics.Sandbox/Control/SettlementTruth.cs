using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Sellmetrics.Sandbox.Amazon.Reports;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Control;

/// <summary>
/// The sandbox's own record of each Amazon settlement it has paid out, summed from the generated events (not from the
/// report text), so tests can check a product's payouts against what was really settled.
/// </summary>
internal static class SettlementTruth
{
    public static Results<Ok<IEnumerable<SettlementTruthResponse>>, NotFound> List(string sellerId, SellerRegistry sellers, ReportStore reports, SandboxClock clock)
    {
        if (sellers.Find(sellerId) is not { } seller)
        {
            return TypedResults.NotFound();
        }

        var now = clock.UtcNow;
        return TypedResults.Ok(reports.All(seller).Where(r => r.IsSettlement).OrderBy(r => r.DataStartTime).Select(r => Of(seller, r, now)));
    }

    private static SettlementTruthResponse Of(Seller seller, SandboxReport report, DateTimeOffset now)
    {
        var settlement = report.Settlement!;
        var events = settlement.Events(seller.Amazon, now);
        var items = events.OfType<ShipmentPosted>().SelectMany(s => s.Order.Items).ToList();
        var (released, held) = (settlement.ReserveReleased, settlement.ReserveHeld);
        return new SettlementTruthResponse(
            settlement.Id,
            settlement.Period.Start,
            settlement.Period.End,
            report.CreatedTime,
            events.Sum(e => e.Total) + released - held,
            settlement.Currency,
            items.Sum(i => i.ItemPrice + i.ShippingPrice + i.GiftWrapPrice - i.PromotionDiscount - i.ShippingDiscount),
            items.Sum(i => i.Fees.Sum(f => f.Amount)),
            events.OfType<RefundPosted>().Sum(e => e.Total),
            events.OfType<ReimbursementPosted>().Sum(e => e.Total),
            events.OfType<ServiceFeeCharged>().Sum(e => e.Total),
            released,
            held)
        {
            MarketplaceId = settlement.Marketplace.Id,
        };
    }
}
