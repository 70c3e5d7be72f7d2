using Sellmetrics.Facts;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Marketplaces.Walmart.Reports;

namespace Sellmetrics.Mappers.Walmart;

/// <summary>
/// A reconciliation report's rows as Walmart's money ledger: sale rows give the fees of an order line (commission, WFS
/// fulfillment), refund rows a refund (product price back, commission returned), rows tied to no order a service fee.
/// Product price rows of sales are not money a second time (revenue comes from the order); tax and reserve rows never count.
/// </summary>
public static class WalmartReconciliationFacts
{
    public const string WfsFulfillmentFee = "WFSFulfillmentFee";

    public static FactBatch From(IReadOnlyList<WalmartReconciliationLine> lines)
    {
        var rows = lines.Where(l => l is { TransactionType: not null and not "PaymentSummary", Amount: not null, TransactionPostedTimestamp: not null }).ToList();
        var orderRows = rows.Where(r => r is { PurchaseOrderNumber: not null, PartnerItemId: not null }).ToList();
        return new FactBatch(WalmartMarketplaces.UnitedStates.Id)
        {
            Fees = [.. orderRows.Where(r => r.TransactionType == "Sale" && FeeTypeOf(r) is not null)
                .GroupBy(r => (Order: r.PurchaseOrderNumber!, Sku: r.PartnerItemId!, Type: FeeTypeOf(r)!, Posted: r.TransactionPostedTimestamp!.Value))
                .Select(g => new FeeLine(
                    FactIds.Fee(g.Key.Order, g.Key.Sku, g.Key.Type, g.Key.Posted), g.Key.Order, g.Key.Sku, g.Key.Type, g.First().Currency ?? WalmartMarketplaces.UnitedStates.Currency,
                    g.Sum(r => r.Amount!.Value), g.Key.Posted))],
            Refunds = [.. orderRows.Where(r => r.TransactionType == "Refund")
                .GroupBy(r => (Order: r.PurchaseOrderNumber!, Sku: r.PartnerItemId!, Posted: r.TransactionPostedTimestamp!.Value))
                .Select(g => new RefundEvent(
                    FactIds.Refund(g.Key.Order, g.Key.Sku, g.Key.Posted), g.Key.Order, g.Key.Sku, g.Key.Posted, g.First().Currency ?? WalmartMarketplaces.UnitedStates.Currency,
                    Principal: g.Where(r => r.AmountType == "Product Price").Sum(r => r.Amount!.Value),
                    FeeAdjustments: g.Where(r => FeeTypeOf(r) is not null).Sum(r => r.Amount!.Value)))],
            ServiceFees = ServiceFees(rows.Where(r => r.PurchaseOrderNumber is null)),
        };
    }

    /// <summary>The fee a row charges (a commission or a fee row), null when it is none; payouts classify rows by the same rule.</summary>
    internal static string? FeeTypeOf(WalmartReconciliationLine row) => row.AmountType switch
    {
        "Commission on Product" => "Commission on Product",
        "Fee/Reimbursement" when row.TransactionDescription?.Contains("WFS", StringComparison.OrdinalIgnoreCase) == true => WfsFulfillmentFee,
        "Fee/Reimbursement" => row.TransactionDescription ?? "Fee/Reimbursement",
        _ => null,
    };

    private static List<ServiceFee> ServiceFees(IEnumerable<WalmartReconciliationLine> rows)
    {
        var ordinals = new Dictionary<(string, string?, DateTimeOffset), int>();
        var fees = new List<ServiceFee>();
        foreach (var row in rows.Where(r => !IsTax(r.AmountType) && !IsReserve(r)))
        {
            var type = row.TransactionDescription ?? row.TransactionType!;
            var posted = row.TransactionPostedTimestamp!.Value;
            var ordinal = ordinals[(type, row.PartnerItemId, posted)] = ordinals.GetValueOrDefault((type, row.PartnerItemId, posted)) + 1;
            fees.Add(new ServiceFee(FactIds.ServiceFee(type, row.PartnerItemId, posted, ordinal), WalmartMarketplaces.UnitedStates.Id, row.PartnerItemId, type, posted, row.Currency ?? WalmartMarketplaces.UnitedStates.Currency, row.Amount!.Value));
        }

        return fees;
    }

    /// <summary>Money Walmart holds back from a cycle's payment or releases into it (Reserve, Release Reserve): never a cost.</summary>
    internal static bool IsReserve(WalmartReconciliationLine row) => row.TransactionType?.Contains("Reserve", StringComparison.OrdinalIgnoreCase) == true;

    internal static bool IsTax(string? amountType) => amountType?.Contains("tax", StringComparison.OrdinalIgnoreCase) == true;
}
