using Sellmetrics.Facts;

namespace Sellmetrics.Web.MarketplaceData;

/// <summary>A reimbursement as the marketplace explains it: why, for which order and SKU, how much.</summary>
public sealed record ReimbursementResponse(
    string Marketplace, string ReimbursementId, string? Sku, string? Asin, string? OrderId, DateTimeOffset ApprovedAt, string Reason, string? CaseId,
    string Currency, decimal Amount, int QuantityCash, int QuantityInventory)
{
    public static ReimbursementResponse From(MarketplaceFact<ReimbursementDetail> fact)
    {
        var r = fact.Fact;
        return new(fact.Marketplace, r.ReimbursementId, r.Sku, r.Asin, r.OrderId, r.ApprovedAt, r.Reason, r.CaseId, r.Currency, r.AmountTotal, r.QuantityCash, r.QuantityInventory);
    }
}
