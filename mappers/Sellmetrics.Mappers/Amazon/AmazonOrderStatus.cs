using Sellmetrics.Facts;

namespace Sellmetrics.Mappers.Amazon;

/// <summary>SP-API order statuses (API and all-orders report alike) as the profit engine's; only Canceled removes an order.</summary>
public static class AmazonOrderStatus
{
    public static OrderStatus Of(string? status) => status switch
    {
        "Canceled" or "Cancelled" => OrderStatus.Cancelled,
        "Shipped" or "InvoiceUnconfirmed" => OrderStatus.Shipped,
        "PartiallyShipped" => OrderStatus.PartiallyShipped,
        "Unshipped" => OrderStatus.Unshipped,
        "Unfulfillable" => OrderStatus.Unfulfillable,
        _ => OrderStatus.Pending,
    };
}
