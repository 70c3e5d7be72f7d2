namespace Sellmetrics.Sandbox.Scripting;

/// <summary>A customer return received at a fulfillment centre (a row of the returns report); quantity defaults to the refund's.</summary>
public sealed record ScriptedReturn(
    DateTimeOffset? ReturnedAt,
    string? Disposition,
    int? Quantity = null,
    string? Reason = null,
    string? FulfillmentCenterId = null);
