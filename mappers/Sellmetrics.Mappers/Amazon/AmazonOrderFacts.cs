using Sellmetrics.Facts;
using ApiOrder = Sellmetrics.Marketplaces.Amazon.Orders.Order;
using ApiOrderItem = Sellmetrics.Marketplaces.Amazon.Orders.OrderItem;

namespace Sellmetrics.Mappers.Amazon;

/// <summary>
/// An order from getOrders with its items from getOrderItems, as facts; lines of one SKU become one order item. An item
/// whose currency neither the payload nor the marketplace table gives is refused.
/// </summary>
public static class AmazonOrderFacts
{
    public static FactBatch From(ApiOrder order, IReadOnlyList<ApiOrderItem> items, string marketplaceId)
    {
        var orderCurrency = order.OrderTotal?.CurrencyCode ?? items.Select(i => i.ItemPrice?.CurrencyCode).OfType<string>().FirstOrDefault();
        var priced = items.Select(i => (Item: i, Currency: AmazonCurrency.Of(i.ItemPrice?.CurrencyCode ?? orderCurrency, marketplaceId))).ToList();
        var lines = priced.Where(p => p.Currency is not null).Select(p => Line(order.AmazonOrderId, p.Item, p.Currency!));
        return new FactBatch(marketplaceId)
        {
            Orders = [new Order(order.AmazonOrderId, marketplaceId, order.PurchaseDate, AmazonOrderStatus.Of(order.OrderStatus))],
            Items = OrderItems.SumBySku(lines),
            RefusedLines = [.. priced.Where(p => p.Currency is null).Select(_ => RefusedLineKinds.OrderItem)],
        };
    }

    private static OrderItem Line(string orderId, ApiOrderItem i, string currency) => new(
        orderId,
        FactIds.OrderItem(orderId, i.SellerSku ?? i.Asin),
        i.SellerSku ?? i.Asin,
        i.Asin,
        i.QuantityOrdered,
        currency,
        i.ItemPrice?.Amount ?? 0m,
        i.ShippingPrice?.Amount ?? 0m,
        0m,
        i.PromotionDiscount?.Amount ?? 0m,
        i.ShippingDiscount?.Amount ?? 0m,
        (i.ItemTax?.Amount ?? 0m) + (i.ShippingTax?.Amount ?? 0m));
}
