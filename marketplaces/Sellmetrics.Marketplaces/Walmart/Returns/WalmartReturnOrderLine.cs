namespace Sellmetrics.Marketplaces.Walmart.Returns;

/// <summary>A returned line: which order line it belongs to, why, how many and what was refunded.</summary>
public sealed record WalmartReturnOrderLine(
    int ReturnOrderLineNumber,
    int? SalesOrderLineNumber,
    string? PurchaseOrderId,
    int? PurchaseOrderLineNumber,
    string? ReturnReason,
    WalmartReturnItem? Item,
    WalmartCurrencyAmount? UnitPrice,
    IReadOnlyList<WalmartChargeTotal>? ChargeTotals,
    WalmartReturnQuantity? Quantity,
    decimal? RefundedQty,
    string? Status,
    string? CurrentDeliveryStatus,
    string? CurrentRefundStatus);
