using Sellmetrics.Profit.Facts;
using ApiOrder = Sellmetrics.Marketplaces.Amazon.Orders.Order;
using ApiOrderItem = Sellmetrics.Marketplaces.Amazon.Orders.OrderItem;

namespace Sellmetrics.Sync.Amazon;

/// <summary>An order from getOrders with its items from getOrderItems, as facts; lines of one SKU become one order item.</summary>
public static class AmazonOrderFacts
{
    public static FactBatch From(ApiOrder order, IReadOnlyList<ApiOrderItem> items, string marketplaceId)
    {
        var currency = order.OrderTotal?.CurrencyCode ?? items.Select(i => i.ItemPrice?.CurrencyCode).OfType<string>().FirstOrDefault() ?? "USD";
        var lines = items.Select(i => new OrderItem(
            order.AmazonOrderId,
            FactIds.OrderItem(order.AmazonOrderId, i.SellerSku ?? i.Asin),
            i.SellerSku ?? i.Asin,
            i.Asin,
            i.QuantityOrdered,
            i.ItemPrice?.CurrencyCode ?? currency,
            i.ItemPrice?.Amount ?? 0m,
            i.ShippingPrice?.Amount ?? 0m,
            0m,
            i.PromotionDiscount?.Amount ?? 0m,
            i.ShippingDiscount?.Amount ?? 0m,
            (i.ItemTax?.Amount ?? 0m) + (i.ShippingTax?.Amount ?? 0m)));
        return new FactBatch(marketplaceId)
        {
            Orders = [new Order(order.AmazonOrderId, marketplaceId, order.PurchaseDate, AmazonOrderStatus.Of(order.OrderStatus))],
            Items = OrderItems.SumBySku(lines),
        };
    }
}
