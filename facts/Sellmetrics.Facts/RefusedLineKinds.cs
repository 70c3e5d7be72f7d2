namespace Sellmetrics.Facts;

/// <summary>The kinds of money line a mapper can refuse, as they are logged.</summary>
public static class RefusedLineKinds
{
    public const string OrderItem = "order item";
    public const string Fee = "fee";
    public const string Refund = "refund";
    public const string ServiceFee = "service fee";
    public const string Reimbursement = "reimbursement";
    public const string ReimbursementDetail = "reimbursement detail";
}
