namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>A row of the FBA customer returns report.</summary>
public sealed record CustomerReturn(
    DateTimeOffset ReturnDate,
    string OrderId,
    string Sku,
    string? Asin,
    string? FnSku,
    string? ProductName,
    int Quantity,
    string? FulfillmentCenterId,
    string? DetailedDisposition,
    string? Reason,
    string? Status,
    string? LicensePlateNumber,
    string? CustomerComments);
