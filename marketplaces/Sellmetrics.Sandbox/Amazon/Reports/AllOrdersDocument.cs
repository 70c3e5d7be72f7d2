using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Amazon.Reports;

/// <summary>GET_FLAT_FILE_ALL_ORDERS_DATA_BY_LAST_UPDATE_GENERAL: one row per order line of orders updated in the window.</summary>
internal static class AllOrdersDocument
{
    private static readonly string[] Header =
    [
        "amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date", "order-status", "fulfillment-channel",
        "sales-channel", "order-channel", "url", "ship-service-level", "product-name", "sku", "asin", "item-status", "quantity",
        "currency", "item-price", "item-tax", "shipping-price", "shipping-tax", "gift-wrap-price", "gift-wrap-tax",
        "item-promotion-discount", "ship-promotion-discount", "ship-city", "ship-state", "ship-postal-code", "ship-country",
        "promotion-ids", "is-business-order", "purchase-order-number", "price-designation",
    ];

    public static ReportDocument Write(Seller seller, SandboxReport report, DateTimeOffset now)
    {
        var (start, end) = (report.DataStartTime, report.DataEndTime);
        var tsv = new TsvWriter(Header);
        var from = DateOnly.FromDateTime(start.UtcDateTime).AddDays(-(seller.Amazon.ShipWithinDays + 1));
        var orders = seller.Amazon.OrdersStartingBetween(from, DateOnly.FromDateTime(end.UtcDateTime), now)
            .Where(o => report.MarketplaceIds.Contains(o.Marketplace.Id))
            .Where(o => o.LastUpdateAt(now) is var u && u >= start && u <= end)
            .OrderBy(o => o.LastUpdateAt(now));
        foreach (var order in orders)
        {
            var status = order.StatusAt(now);
            foreach (var item in order.Items)
            {
                var priced = status != "Pending";
                tsv.Row(
                    order.AmazonOrderId, order.AmazonOrderId, TsvWriter.Date(order.PurchaseDate), TsvWriter.Date(order.LastUpdateAt(now)), status,
                    order.IsFba ? "Amazon" : "Merchant", order.Marketplace.Name, null, null, order.IsPrime ? "Expedited" : "Standard",
                    item.Product.Title, item.Product.Sku, item.Product.Asin, status == "Canceled" ? "Cancelled" : status == "Shipped" ? "Shipped" : "Unshipped",
                    item.Quantity, order.Marketplace.Currency,
                    priced ? item.ItemPrice : null, priced ? item.ItemTax : null, priced ? item.ShippingPrice : null, priced ? item.ShippingTax : null,
                    priced ? item.GiftWrapPrice : null, priced ? item.GiftWrapTax : null, priced ? -item.PromotionDiscount : null, priced ? 0m - item.ShippingDiscount : null,
                    order.ShipTo.City, order.ShipTo.State, order.ShipTo.PostalCode, order.ShipTo.Country,
                    item.PromotionId, order.IsBusinessOrder ? "true" : "false", null, null);
            }
        }

        return tsv.ToDocument(tsv.Rows > 0);
    }
}
