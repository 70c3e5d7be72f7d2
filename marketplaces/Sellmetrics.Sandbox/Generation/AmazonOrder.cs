namespace Sellmetrics.Sandbox.Generation;

/// <summary>
/// A generated Amazon order with its whole life decided up front (pending, shipped or cancelled, refunds);
/// what a caller sees depends only on the instant it asks about.
/// </summary>
internal sealed record AmazonOrder(
    string AmazonOrderId,
    DateTimeOffset PurchaseDate,
    DateTimeOffset PendingUntil,
    DateTimeOffset? ShippedAt,
    DateTimeOffset? CanceledAt,
    bool IsFba,
    bool IsPrime,
    bool IsBusinessOrder,
    string ShipServiceLevel,
    ShipTo ShipTo,
    IReadOnlyList<AmazonOrderItem> Items,
    IReadOnlyList<AmazonRefund> Refunds)
{
    public AmazonMarketplace Marketplace { get; init; } = AmazonMarketplace.UnitedStates;

    public bool IsVisibleAt(DateTimeOffset at) => PurchaseDate <= at;

    public string StatusAt(DateTimeOffset at)
    {
        if (CanceledAt is { } canceled)
        {
            return canceled <= at ? "Canceled" : "Pending";
        }

        if (at < PendingUntil)
        {
            return "Pending";
        }

        return ShippedAt is { } shipped && shipped <= at ? "Shipped" : "Unshipped";
    }

    public bool IsShippedAt(DateTimeOffset at) => StatusAt(at) == "Shipped";

    public DateTimeOffset LastUpdateAt(DateTimeOffset at)
    {
        if (CanceledAt is { } canceled)
        {
            return canceled <= at ? canceled : PurchaseDate;
        }

        if (ShippedAt is { } shipped && shipped <= at)
        {
            return shipped;
        }

        return PendingUntil <= at ? PendingUntil : PurchaseDate;
    }

    public decimal OrderTotal => Items.Sum(i => i.ItemPrice + i.ItemTax + i.ShippingPrice + i.ShippingTax + i.GiftWrapPrice + i.GiftWrapTax - i.PromotionDiscount - i.ShippingDiscount);

    public int Units => Items.Sum(i => i.Quantity);
}
