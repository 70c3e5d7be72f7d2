using System.Globalization;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>
/// GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2 for one settlement (a period in one marketplace): a summary row, then one
/// row per amount of every event Finances posted there in the period and the reserve released and held, so the amounts
/// add up to the total. An account-level fee's row names no marketplace.
/// </summary>
internal static class SettlementDocument
{
    private static readonly string[] Header =
    [
        "settlement-id", "settlement-start-date", "settlement-end-date", "deposit-date", "total-amount", "currency",
        "transaction-type", "order-id", "merchant-order-id", "adjustment-id", "shipment-id", "marketplace-name",
        "amount-type", "amount-description", "amount", "fulfillment-id", "posted-date", "posted-date-time",
        "order-item-code", "merchant-order-item-id", "merchant-adjustment-item-id", "sku", "quantity-purchased", "promotion-id",
    ];

    public static ReportDocument Write(Seller seller, SandboxReport report, DateTimeOffset now)
    {
        var tsv = new TsvWriter(Header);
        var settlement = report.Settlement ?? throw new InvalidOperationException("A settlement report is made by the sandbox, with its settlement.");
        var settlementId = settlement.Id;
        var events = settlement.Events(seller.Amazon, now);
        var (released, held) = (settlement.ReserveReleased, settlement.ReserveHeld);
        tsv.Row(settlementId, Date(report.DataStartTime), Date(report.DataEndTime), Date(report.CreatedTime), events.Sum(e => e.Total) + released - held, settlement.Currency);
        tsv.Row(settlementId, null, null, null, null, null, "Previous Reserve Amount Balance", null, null, null, null, null,
            "other-transaction", "Previous Reserve Amount Balance", released, null, Day(report.DataStartTime), Date(report.DataStartTime));
        tsv.Row(settlementId, null, null, null, null, null, "Current Reserve Amount", null, null, null, null, null,
            "other-transaction", "Current Reserve Amount", -held, null, Day(report.DataEndTime), Date(report.DataEndTime));
        foreach (var e in events)
        {
            foreach (var (type, order, adjustment, amountType, description, amount, channel, item, sku, quantity, promotion) in Lines(e))
            {
                tsv.Row(
                    settlementId, null, null, null, null, null, type, order, order, adjustment, null, e.IsAccountLevel ? null : e.Marketplace.Name,
                    amountType, description, amount, channel, Day(e.PostedAt), Date(e.PostedAt),
                    item, null, null, sku, quantity, promotion);
            }
        }

        return tsv.ToDocument(hasData: true);
    }

    private static IEnumerable<(string, string?, string?, string, string, decimal, string?, string?, string?, int?, string?)> Lines(FinancialEvent e)
    {
        switch (e)
        {
            case ShipmentPosted { Order: var o }:
                var channel = o.IsFba ? "AFN" : "MFN";
                foreach (var i in o.Items)
                {
                    yield return ("Order", o.AmazonOrderId, null, "ItemPrice", "Principal", i.ItemPrice, channel, i.OrderItemId, i.Product.Sku, i.Quantity, null);
                    yield return ("Order", o.AmazonOrderId, null, "ItemPrice", "Tax", i.ItemTax, channel, i.OrderItemId, i.Product.Sku, i.Quantity, null);
                    yield return ("Order", o.AmazonOrderId, null, "ItemPrice", "Shipping", i.ShippingPrice, channel, i.OrderItemId, i.Product.Sku, i.Quantity, null);
                    yield return ("Order", o.AmazonOrderId, null, "ItemPrice", "ShippingTax", i.ShippingTax, channel, i.OrderItemId, i.Product.Sku, i.Quantity, null);
                    if (i.GiftWrapPrice != 0)
                    {
                        yield return ("Order", o.AmazonOrderId, null, "ItemPrice", "GiftWrap", i.GiftWrapPrice, channel, i.OrderItemId, i.Product.Sku, i.Quantity, null);
                    }

                    yield return ("Order", o.AmazonOrderId, null, "ItemWithheldTax", "MarketplaceFacilitatorTax-Principal", -i.ItemTax, channel, i.OrderItemId, i.Product.Sku, i.Quantity, null);
                    yield return ("Order", o.AmazonOrderId, null, "ItemWithheldTax", "MarketplaceFacilitatorTax-Shipping", -i.ShippingTax, channel, i.OrderItemId, i.Product.Sku, i.Quantity, null);
                    if (i.PromotionId is { } promotion)
                    {
                        yield return ("Order", o.AmazonOrderId, null, "Promotion", "Principal", -i.PromotionDiscount, channel, i.OrderItemId, i.Product.Sku, i.Quantity, promotion);
                    }

                    if (i.ShippingDiscount != 0)
                    {
                        yield return ("Order", o.AmazonOrderId, null, "Promotion", "Shipping", -i.ShippingDiscount, channel, i.OrderItemId, i.Product.Sku, i.Quantity, i.PromotionId);
                    }

                    foreach (var fee in i.Fees)
                    {
                        yield return ("Order", o.AmazonOrderId, null, "ItemFees", fee.Type, fee.Amount, channel, i.OrderItemId, i.Product.Sku, i.Quantity, null);
                    }
                }

                break;
            case RefundPosted { Order: var o, Refund: var r }:
                var sku = r.Item.Product.Sku;
                yield return ("Refund", o.AmazonOrderId, r.AdjustmentItemId, "ItemPrice", "Principal", r.Principal, null, r.Item.OrderItemId, sku, r.Quantity, null);
                yield return ("Refund", o.AmazonOrderId, r.AdjustmentItemId, "ItemPrice", "Tax", r.Tax, null, r.Item.OrderItemId, sku, r.Quantity, null);
                yield return ("Refund", o.AmazonOrderId, r.AdjustmentItemId, "ItemWithheldTax", "MarketplaceFacilitatorTax-Principal", -r.Tax, null, r.Item.OrderItemId, sku, r.Quantity, null);
                yield return ("Refund", o.AmazonOrderId, r.AdjustmentItemId, "ItemFees", "Commission", r.CommissionReturned, null, r.Item.OrderItemId, sku, r.Quantity, null);
                yield return ("Refund", o.AmazonOrderId, r.AdjustmentItemId, "ItemFees", "RefundCommission", r.RefundCommission, null, r.Item.OrderItemId, sku, r.Quantity, null);
                if (r.PromotionReturned != 0)
                {
                    yield return ("Refund", o.AmazonOrderId, r.AdjustmentItemId, "Promotion", "Principal", r.PromotionReturned, null, r.Item.OrderItemId, sku, r.Quantity, r.Item.PromotionId);
                }

                break;
            case ServiceFeeCharged { Fee: var f }:
                yield return ("ServiceFee", null, null, "other-transaction", f.Description, f.Amount, null, null, f.Product?.Sku, null, null);
                break;
            case ReimbursementPosted { Reimbursement: var r }:
                yield return ("other-transaction", r.AmazonOrderId, r.ReimbursementId, "other-transaction", r.AdjustmentType, r.AmountTotal, "AFN", null, r.Product.Sku, r.Quantity, null);
                break;
        }
    }

    private static string Day(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Date(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
