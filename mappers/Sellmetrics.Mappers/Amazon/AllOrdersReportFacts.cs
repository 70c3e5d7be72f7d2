using Sellmetrics.Facts;
using Sellmetrics.Marketplaces.Amazon.Reports;

namespace Sellmetrics.Mappers.Amazon;

/// <summary>
/// Rows of the all-orders report (the history path) as the same facts getOrders and getOrderItems give for the same
/// order; the report writes promotion discounts as negative amounts, the Orders API as positive ones.
/// </summary>
public static class AllOrdersReportFacts
{
    public static FactBatch From(IReadOnlyList<AllOrdersReportRow> rows, string marketplaceId)
    {
        var withSku = rows.Where(r => (r.Sku ?? r.Asin) is not null).ToList();
        var priced = withSku.Where(r => AmazonCurrency.Of(r.Currency, marketplaceId) is not null).ToList();
        var orders = withSku.GroupBy(r => r.AmazonOrderId, StringComparer.Ordinal)
            .Select(g => new Order(g.Key, marketplaceId, g.First().PurchaseDate, AmazonOrderStatus.Of(g.First().OrderStatus)));
        var items = priced.Select(r => new OrderItem(
            r.AmazonOrderId,
            FactIds.OrderItem(r.AmazonOrderId, (r.Sku ?? r.Asin)!),
            (r.Sku ?? r.Asin)!,
            r.Asin ?? string.Empty,
            r.Quantity,
            AmazonCurrency.Of(r.Currency, marketplaceId)!,
            r.ItemPrice ?? 0m,
            r.ShippingPrice ?? 0m,
            r.GiftWrapPrice ?? 0m,
            Math.Abs(r.ItemPromotionDiscount ?? 0m),
            Math.Abs(r.ShipPromotionDiscount ?? 0m),
            (r.ItemTax ?? 0m) + (r.ShippingTax ?? 0m) + (r.GiftWrapTax ?? 0m)));
        return new FactBatch(marketplaceId)
        {
            Orders = [.. orders],
            Items = OrderItems.SumBySku(items),
            RefusedLines = [.. withSku.Except(priced).Select(_ => RefusedLineKinds.OrderItem)],
        };
    }
}
