using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA: units customers sent back to a fulfillment centre in the window.</summary>
internal static class ReturnsDocument
{
    private static readonly string[] Header =
    [
        "return-date", "order-id", "sku", "asin", "fnsku", "product-name", "quantity", "fulfillment-center-id",
        "detailed-disposition", "reason", "status", "license-plate-number", "customer-comments",
    ];

    public static ReportDocument Write(Seller seller, SandboxReport report, DateTimeOffset now)
    {
        var tsv = new TsvWriter(Header);
        foreach (var (order, refund, returned) in seller.Amazon.ReturnsBetween(report.DataStartTime, report.DataEndTime, now)
            .Where(r => report.MarketplaceIds.Contains(r.Order.Marketplace.Id)))
        {
            var product = refund.Item.Product;
            tsv.Row(
                TsvWriter.Date(returned.ReturnedAt), order.AmazonOrderId, product.Sku, product.Asin, product.FnSku, product.Title,
                returned.Quantity, returned.FulfillmentCenterId, returned.Disposition, returned.Reason,
                refund.Reimbursement is { Reason: "Damaged_Warehouse" } ? "Reimbursed" : returned.Status, returned.LicensePlateNumber, null);
        }

        return tsv.ToDocument(tsv.Rows > 0);
    }
}
