namespace Sellmetrics.Sandbox.Generation;

/// <summary>A refund of (part of) a shipped order line, with the fee adjustments Amazon posts with it.</summary>
internal sealed record AmazonRefund(
    string AdjustmentItemId,
    DateTimeOffset PostedAt,
    AmazonOrderItem Item,
    int Quantity,
    decimal Principal,
    decimal Tax,
    decimal PromotionReturned,
    decimal CommissionReturned,
    decimal RefundCommission,
    AmazonReturn? Return,
    Reimbursement? Reimbursement)
{
    /// <summary>Whether the refund event comes without a MarketplaceName (as Amazon sends some), so a reader must take the order's.</summary>
    public bool OmitsMarketplaceName { get; init; }
}
