using Sellmetrics.Facts;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Marketplaces.Walmart.Orders;

namespace Sellmetrics.Mappers.Walmart;

/// <summary>
/// Walmart purchase orders as facts: revenue and units from each line's PRODUCT and SHIPPING charges (tax passes through).
/// The money Walmart keeps (commission, WFS fees) and gives back (refunds) comes from the reconciliation report.
/// </summary>
public static class WalmartOrderFacts
{
    public static FactBatch From(IReadOnlyList<WalmartOrder> orders) => new(WalmartMarketplaces.UnitedStates.Id)
    {
        Orders = [.. orders.Select(o => new Order(o.PurchaseOrderId, WalmartMarketplaces.UnitedStates.Id, o.OrderDate, StatusOf(Lines(o)), o.ShipNode?.Type))],
        Items = [.. orders.SelectMany(o => OrderItems.SumBySku(Lines(o).Select(line => Item(o.PurchaseOrderId, line))))],
    };

    private static IReadOnlyList<WalmartOrderLine> Lines(WalmartOrder order) => order.OrderLines?.OrderLine ?? [];

    private static OrderItem Item(string orderId, WalmartOrderLine line)
    {
        var charges = line.Charges?.Charge ?? [];
        var product = charges.Where(c => c.ChargeType == "PRODUCT").ToList();
        return new OrderItem(
            orderId,
            FactIds.OrderItem(orderId, line.Item.Sku),
            line.Item.Sku,
            line.Item.Sku,
            (int)(line.OrderLineQuantity?.Amount ?? 1m),
            charges.Select(c => c.ChargeAmount?.Currency).OfType<string>().FirstOrDefault() ?? WalmartMarketplaces.UnitedStates.Currency,
            product.Sum(c => c.ChargeAmount?.Amount ?? 0m),
            charges.Where(c => c.ChargeType == "SHIPPING").Sum(c => c.ChargeAmount?.Amount ?? 0m),
            Tax: charges.Sum(c => c.Tax?.TaxAmount?.Amount ?? 0m));
    }

    private static OrderStatus StatusOf(IReadOnlyList<WalmartOrderLine> lines)
    {
        var statuses = lines.SelectMany(l => l.OrderLineStatuses?.OrderLineStatus ?? []).Select(s => s.Status).ToList();
        return statuses switch
        {
            [] => OrderStatus.Pending,
            _ when statuses.All(s => s == "Cancelled") => OrderStatus.Cancelled,
            _ when statuses.Any(s => s is "Shipped" or "Delivered") => OrderStatus.Shipped,
            _ when statuses.Any(s => s == "Acknowledged") => OrderStatus.Unshipped,
            _ => OrderStatus.Pending,
        };
    }
}
