namespace Sellmetrics.Sandbox.Generation;

/// <summary>An FBA inventory reimbursement.</summary>
internal sealed record ReimbursementPosted(Reimbursement Reimbursement)
    : FinancialEvent(Reimbursement.ApprovedAt, Reimbursement.ReimbursementId)
{
    public override decimal Total => Reimbursement.AmountTotal;

    public override AmazonMarketplace Marketplace => Reimbursement.Marketplace;
}
