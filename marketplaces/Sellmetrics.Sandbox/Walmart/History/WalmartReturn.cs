namespace Sellmetrics.Sandbox.Walmart.History;

/// <summary>A return of some lines of a delivered Walmart order, refunded a few days after it was opened.</summary>
internal sealed record WalmartReturn(string ReturnOrderId, DateTimeOffset CreatedAt, DateTimeOffset RefundedAt, IReadOnlyList<int> LineNumbers, string Reason)
{
    /// <summary>The order API's refund reason (its own enumeration) for the return reason.</summary>
    public string RefundReason => Reason switch
    {
        "ARRIVED_LATE" => "CustomerReceivedItemLate",
        "DAMAGED_ITEM" => "DamagedItem",
        "CHANGED_MIND" => "CustomerChangedMind",
        "WRONG_ITEM" => "IncorrectItemReceived",
        "QUALITY_NOT_AS_EXPECTED" => "ItemNotAsAdvertised",
        _ => "Customer returned item",
    };
}
