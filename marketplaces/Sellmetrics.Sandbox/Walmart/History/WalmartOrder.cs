using Sellmetrics.Sandbox.Generation;

namespace Sellmetrics.Sandbox.Walmart.History;

/// <summary>A generated Walmart order with its whole life decided up front; its status depends on the instant asked about.</summary>
internal sealed record WalmartOrder(
    string PurchaseOrderId,
    string CustomerOrderId,
    DateTimeOffset OrderDate,
    bool IsWfs,
    string MethodCode,
    ShipTo ShipTo,
    IReadOnlyList<WalmartOrderLine> Lines,
    DateTimeOffset AcknowledgedAt,
    DateTimeOffset? ShippedAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? CanceledAt,
    WalmartReturn? Return)
{
    public string ShipNodeType => IsWfs ? "WFSFulfilled" : "SellerFulfilled";

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
