namespace Sellmetrics.Sandbox.Generation;

/// <summary>A customer return received at a fulfillment centre (the FBA returns report row).</summary>
internal sealed record AmazonReturn(
    DateTimeOffset ReturnedAt,
    int Quantity,
    string FulfillmentCenterId,
    string Disposition,
    string Reason,
    string Status,
    string LicensePlateNumber);
