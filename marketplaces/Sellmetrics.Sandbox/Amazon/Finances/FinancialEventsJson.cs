using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Amazon.Finances;

/// <summary>Finances v0 <c>FinancialEvents</c>: shipment, refund, service-fee and adjustment event lists.</summary>
internal static class FinancialEventsJson
{
    public static object Build(IEnumerable<FinancialEvent> events, string storeName)
    {
        var list = events.ToList();
        return new
        {
            ShipmentEventList = list.OfType<ShipmentPosted>().Select(e => Shipment(e.Order, storeName)),
            RefundEventList = list.OfType<RefundPosted>().Select(e => Refund(e, storeName)),
            ServiceFeeEventList = list.OfType<ServiceFeeCharged>().Select(e => ServiceFee(e.Fee, storeName)),
            AdjustmentEventList = list.OfType<ReimbursementPosted>().Select(e => Adjustment(e.Reimbursement, storeName)),
        };
    }

    private static object Shipment(AmazonOrder order, string storeName) => new
    {
        order.AmazonOrderId,
        SellerOrderId = order.AmazonOrderId,
        MarketplaceName = "Amazon.com",
        StoreName = storeName,
        PostedDate = SandboxJson.Iso(order.ShippedAt!.Value),
        ShipmentItemList = order.Items.Select(item => new
        {
            SellerSKU = item.Product.Sku,
            item.OrderItemId,
            QuantityShipped = item.Quantity,
            ItemChargeList = new[]
            {
                Charge("Principal", item.ItemPrice),
                Charge("Tax", item.ItemTax),
                Charge("ShippingCharge", item.ShippingPrice),
                Charge("ShippingTax", item.ShippingTax),
            },
            ItemFeeList = item.Fees.Select(f => Fee(f.Type, f.Amount)),
            ItemTaxWithheldList = new[] { Withheld(-item.ItemTax, -item.ShippingTax) },
            PromotionList = item.PromotionId is null ? [] : new[] { Promotion(item.PromotionId, -item.PromotionDiscount) },
        }),
    };

    private static object Refund(RefundPosted e, string storeName) => new
    {
        e.Order.AmazonOrderId,
        SellerOrderId = e.Order.AmazonOrderId,
        MarketplaceName = "Amazon.com",
        StoreName = storeName,
        PostedDate = SandboxJson.Iso(e.Refund.PostedAt),
        ShipmentItemAdjustmentList = new[]
        {
            new
            {
                SellerSKU = e.Refund.Item.Product.Sku,
                OrderAdjustmentItemId = e.Refund.AdjustmentItemId,
                QuantityShipped = e.Refund.Quantity,
                ItemChargeAdjustmentList = new[] { Charge("Principal", e.Refund.Principal), Charge("Tax", e.Refund.Tax) },
                ItemFeeAdjustmentList = new[] { Fee("Commission", e.Refund.CommissionReturned), Fee("RefundCommission", e.Refund.RefundCommission) },
                ItemTaxWithheldList = new[] { Withheld(-e.Refund.Tax, 0m) },
                PromotionAdjustmentList = e.Refund.Item.PromotionId is { } id && e.Refund.PromotionReturned != 0
                    ? new[] { Promotion(id, e.Refund.PromotionReturned) }
                    : [],
            },
        },
    };

    private static object ServiceFee(ServiceFee fee, string storeName) => new
    {
        FeeReason = fee.FeeReason,
        FeeList = new[] { Fee(fee.FeeType, fee.Amount) },
        SellerSKU = fee.Product?.Sku,
        FnSKU = fee.Product?.FnSku,
        FeeDescription = fee.Description,
        ASIN = fee.Product?.Asin,
        StoreName = storeName,
    };

    private static object Adjustment(Reimbursement r, string storeName) => new
    {
        r.AdjustmentType,
        PostedDate = SandboxJson.Iso(r.ApprovedAt),
        StoreName = storeName,
        AdjustmentAmount = Currency(r.AmountTotal),
        AdjustmentItemList = new[]
        {
            new
            {
                Quantity = r.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
                PerUnitAmount = Currency(r.AmountPerUnit),
                TotalAmount = Currency(r.AmountTotal),
                SellerSKU = r.Product.Sku,
                FnSKU = r.Product.FnSku,
                ProductDescription = r.Product.Title,
                ASIN = r.Product.Asin,
                TransactionNumber = r.ReimbursementId,
            },
        },
    };

    private static object Withheld(decimal principal, decimal shipping) => new
    {
        TaxCollectionModel = "MarketplaceFacilitator",
        TaxesWithheld = new[] { Charge("MarketplaceFacilitatorTax-Principal", principal), Charge("MarketplaceFacilitatorTax-Shipping", shipping) },
    };

    private static object Charge(string type, decimal amount) => new { ChargeType = type, ChargeAmount = Currency(amount) };

    private static object Fee(string type, decimal amount) => new { FeeType = type, FeeAmount = Currency(amount) };

    private static object Promotion(string id, decimal amount) =>
        new { PromotionType = "PromotionMetaDataDefinitionValue", PromotionId = id, PromotionAmount = Currency(amount) };

    public static object Currency(decimal amount) => new { CurrencyCode = Seller.Currency, CurrencyAmount = Money.Round(amount) };
}
