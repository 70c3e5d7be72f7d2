using Sellmetrics.Sandbox.Generation;

namespace Sellmetrics.Sandbox.Walmart.History;

/// <summary>
/// A generated Walmart order with its whole life decided up front; its status depends on the instant asked about.
/// <see cref="ShipNodeType"/> is who ships it: the seller, WFS (Walmart, which charges a fulfillment fee) or the seller's 3PL.
/// </summary>
internal sealed record WalmartOrder(
    string PurchaseOrderId,
    string CustomerOrderId,
    DateTimeOffset OrderDate,
    string ShipNodeType,
    string MethodCode,
    ShipTo ShipTo,
    IReadOnlyList<WalmartOrderLine> Lines,
    DateTimeOffset AcknowledgedAt,
    DateTimeOffset? ShippedAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? CanceledAt,
    WalmartReturn? Return)
{
    public const string SellerFulfilled = "SellerFulfilled";
    public const string WfsFulfilled = "WFSFulfilled";
    public const string ThirdPartyFulfilled = "3PLFulfilled";

    public bool IsWfs => ShipNodeType == WfsFulfilled;

    public string StatusAt(DateTimeOffset at) => this switch
    {
        { CanceledAt: { } c } when c <= at => "Cancelled",
        { DeliveredAt: { } d } when d <= at => "Delivered",
        { ShippedAt: { } s } when s <= at => "Shipped",
        _ when AcknowledgedAt <= at => "Acknowledged",
        _ => "Created",
    };

    public DateTimeOffset LastModifiedAt(DateTimeOffset at) =>
        new[] { OrderDate, AcknowledgedAt, ShippedAt, DeliveredAt, CanceledAt, Return?.RefundedAt }
            .Where(t => t is { } instant && instant <= at).Max() ?? OrderDate;

    public bool IsRefundedAt(int lineNumber, DateTimeOffset at) =>
        Return is { } r && r.RefundedAt <= at && r.LineNumbers.Contains(lineNumber);
}
