namespace Sellmetrics.Marketplaces.Walmart.Reports;

/// <summary>
/// One row of a Walmart reconciliation (settlement) report: the cycle summary (<c>PaymentSummary</c>) or one amount
/// component of an order line (an order line spans several rows).
/// </summary>
public sealed record WalmartReconciliationLine(
    DateTimeOffset? PeriodStartDate,
    DateTimeOffset? PeriodEndDate,
    decimal? TotalPayable,
    string? Currency,
    string? TransactionKey,
    DateTimeOffset? TransactionPostedTimestamp,
    string? TransactionType,
    string? TransactionDescription,
    string? CustomerOrderNumber,
    string? CustomerOrderLineNumber,
    string? PurchaseOrderNumber,
    string? PurchaseOrderLineNumber,
    decimal? Amount,
    string? AmountType,
    int? ShipQty,
    decimal? CommissionRate,
    string? TransactionReasonDescription,
    string? PartnerItemId,
    string? PartnerGtin,
    string? PartnerItemName,
    string? ContractCategory,
    string? ProductType,
    string? CommissionRule,
    string? ShippingMethod,
    string? FulfillmentType,
    decimal? OriginalCommission);
