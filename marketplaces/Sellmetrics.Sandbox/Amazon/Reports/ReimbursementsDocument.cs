using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>GET_FBA_REIMBURSEMENTS_DATA: reimbursements approved in the window (the same ones Finances posts as adjustments).</summary>
internal static class ReimbursementsDocument
{
    private static readonly string[] Header =
    [
        "approval-date", "reimbursement-id", "case-id", "amazon-order-id", "reason", "sku", "fnsku", "asin", "product-name",
        "condition", "currency-unit", "amount-per-unit", "amount-total", "quantity-reimbursed-cash",
        "quantity-reimbursed-inventory", "quantity-reimbursed-total", "original-reimbursement-id", "original-reimbursement-type",
    ];

    public static ReportDocument Write(Seller seller, SandboxReport report, DateTimeOffset now)
    {
        var tsv = new TsvWriter(Header);
        var reimbursements = seller.Amazon.EventsPostedBetween(report.DataStartTime, report.DataEndTime, now)
            .OfType<ReimbursementPosted>()
            .Select(e => e.Reimbursement)
            .Where(r => report.MarketplaceIds.Contains(r.Marketplace.Id));
        foreach (var r in reimbursements)
        {
            tsv.Row(
                TsvWriter.Date(r.ApprovedAt), r.ReimbursementId, r.CaseId, r.AmazonOrderId, r.Reason, r.Product.Sku, r.Product.FnSku,
                r.Product.Asin, r.Product.Title, "New", r.Marketplace.Currency, r.AmountPerUnit, r.AmountTotal, r.Quantity, 0, r.Quantity, null, null);
        }

        return tsv.ToDocument(tsv.Rows > 0);
    }
}
