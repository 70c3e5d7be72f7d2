using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;

namespace Sellmetrics.Sandbox.Amazon.Finances;

/// <summary>
/// Finances v0 <c>FinancialEvents</c>: shipment, refund, service-fee and adjustment event lists, each amount in its
/// marketplace's currency. Shipments name their storefront (MarketplaceName); some European refunds do not (as Amazon), and
/// service-fee and adjustment events have no such field at all.
/// </summary>
internal static class FinancialEventsJson
{
    public static object Build(IEnumerable<FinancialEvent> events, string storeName)
    {
        var list = events.ToList();
        return new
        {
            ShipmentEventList = list.OfType<ShipmentPosted>().Select(e => Shipment(e.Order, storeName, e.Marketplace.Currency)),
            RefundEventList = list.OfType<RefundPosted>().Select(e => Refund(e, storeName, e.Marketplace.Currency)),
            ServiceFeeEventList = list.OfType<ServiceFeeCharged>().Select(e => ServiceFee(e.Fee, storeName, e.Marketplace.Currency)),
            AdjustmentEventList = list.OfType<ReimbursementPosted>().Select(e => Adjustment(e.Reimbursement, storeName, e.Marketplace.Currency)),
        };
    }

    private static object Shipment(AmazonOrder order, string storeName, string currency) => new
    {
        order.AmazonOrderId,
        SellerOrderId = order.AmazonOrderId,
        MarketplaceName = order.Marketplace.Name,
        StoreName = storeName,
        PostedDate = SandboxJson.Iso(order.ShippedAt!.Value),
        ShipmentItemList = order.Items.Select(item => new
        {
            SellerSKU = item.Product.Sku,
            item.OrderItemId,
            QuantityShipped = item.Quantity,
            ItemChargeList = Charges(item, currency),
            ItemFeeList = item.Fees.Select(f => Fee(f.Type, f.Amount, currency)),
            ItemTaxWithheldList = new[] { Withheld(-item.ItemTax, -item.ShippingTax, currency) },
            PromotionList = Promotions(item, currency),
        }),
    };

    private static object Refund(RefundPosted e, string storeName, string currency) => new
    {
        e.Order.AmazonOrderId,
        SellerOrderId = e.Order.AmazonOrderId,
        MarketplaceName = e.Refund.OmitsMarketplaceName ? null : e.Order.Marketplace.Name,
        StoreName = storeName,
        PostedDate = SandboxJson.Iso(e.Refund.PostedAt),
        ShipmentItemAdjustmentList = new[]
        {
            new
            {
                SellerSKU = e.Refund.Item.Product.Sku,
                OrderAdjustmentItemId = e.Refund.AdjustmentItemId,
                QuantityShipped = e.Refund.Quantity,
                ItemChargeAdjustmentList = new[] { Charge("Principal", e.Refund.Principal, currency), Charge("Tax", e.Refund.Tax, currency) },
                ItemFeeAdjustmentList = new[] { Fee("Commission", e.Refund.CommissionReturned, currency), Fee("RefundCommission", e.Refund.RefundCommission, currency) },
                ItemTaxWithheldList = new[] { Withheld(-e.Refund.Tax, 0m, currency) },
                PromotionAdjustmentList = e.Refund.Item.PromotionId is { } id && e.Refund.PromotionReturned != 0
                    ? new[] { Promotion(id, e.Refund.PromotionReturned, currency) }
                    : [],
            },
        },
    };

    private static object ServiceFee(ServiceFee fee, string storeName, string currency) => new
    {
        FeeReason = fee.FeeReason,
        FeeList = new[] { Fee(fee.FeeType, fee.Amount, currency) },
        SellerSKU = fee.Product?.Sku,
        FnSKU = fee.Product?.FnSku,
        FeeDescription = fee.Description,
        ASIN = fee.Product?.Asin,
        StoreName = storeName,
    };

    private static object Adjustment(Reimbursement r, string storeName, string currency) => new
    {
        r.AdjustmentType,
        PostedDate = SandboxJson.Iso(r.ApprovedAt),
        StoreName = storeName,
        AdjustmentAmount = Currency(r.AmountTotal, currency),
        AdjustmentItemList = new[]
        {
            new
            {
                Quantity = r.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
                PerUnitAmount = Currency(r.AmountPerUnit, currency),
                TotalAmount = Currency(r.AmountTotal, currency),
                SellerSKU = r.Product.Sku,
                FnSKU = r.Product.FnSku,
                ProductDescription = r.Product.Title,
                ASIN = r.Product.Asin,
                TransactionNumber = r.ReimbursementId,
            },
        },
    };

    // Gift wrap and shipping discounts appear only when an order has them (generated orders never do).
    private static object[] Charges(AmazonOrderItem item, string currency)
    {
        var charges = new List<object>
        {
            Charge("Principal", item.ItemPrice, currency),
            Charge("Tax", item.ItemTax, currency),
            Charge("ShippingCharge", item.ShippingPrice, currency),
            Charge("ShippingTax", item.ShippingTax, currency),
        };
        if (item.GiftWrapPrice != 0 || item.GiftWrapTax != 0)
        {
            charges.Add(Charge("GiftWrap", item.GiftWrapPrice, currency));
            charges.Add(Charge("GiftWrapTax", item.GiftWrapTax, currency));
        }

        return [.. charges];
    }

    private static object[] Promotions(AmazonOrderItem item, string currency)
    {
        var promotions = new List<object>();
        if (item.PromotionId is { } id)
        {
            promotions.Add(Promotion(id, -item.PromotionDiscount, currency));
        }

        if (item.ShippingDiscount != 0)
        {
            promotions.Add(Promotion((item.PromotionId ?? "SHIPPING") + "-SHIP", -item.ShippingDiscount, currency));
        }

        return [.. promotions];
    }

    private static object Withheld(decimal principal, decimal shipping, string currency) => new
    {
        TaxCollectionModel = "MarketplaceFacilitator",
        TaxesWithheld = new[] { Charge("MarketplaceFacilitatorTax-Principal", principal, currency), Charge("MarketplaceFacilitatorTax-Shipping", shipping, currency) },
    };

    private static object Charge(string type, decimal amount, string currency) => new { ChargeType = type, ChargeAmount = Currency(amount, currency) };

    private static object Fee(string type, decimal amount, string currency) => new { FeeType = type, FeeAmount = Currency(amount, currency) };

    private static object Promotion(string id, decimal amount, string currency) =>
        new { PromotionType = "PromotionMetaDataDefinitionValue", PromotionId = id, PromotionAmount = Currency(amount, currency) };

    public static object Currency(decimal amount, string currency) => new { CurrencyCode = currency, CurrencyAmount = Money.Round(amount) };
}
