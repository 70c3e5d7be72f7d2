namespace Sellmetrics.Facts;

/// <summary>An order's status as both marketplaces report it; only <see cref="Cancelled"/> removes an order from profit.</summary>
public enum OrderStatus
{
    Pending,
    Unshipped,
    PartiallyShipped,
    Shipped,
    Delivered,
    Unfulfillable,
    Cancelled,
}
