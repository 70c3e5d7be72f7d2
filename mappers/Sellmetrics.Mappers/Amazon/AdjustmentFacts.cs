using Sellmetrics.Facts;
using Sellmetrics.Marketplaces.Amazon.Finances;

namespace Sellmetrics.Mappers.Amazon;

/// <summary>
/// Adjustment events that are reimbursements (inventory lost or damaged in Amazon's care, their reversals and
/// clawbacks) as reimbursement facts, per SKU where the event names one. Other adjustments (reserve holds, postage) are
/// not profit and are left out.
/// </summary>
public static class AdjustmentFacts
{
    private static readonly HashSet<string> ReimbursementTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "FBAInventoryReimbursement", "LostOrDamagedReimbursement", "CanceledButPickedUpReimbursement", "ReimbursementClawback",
        "WAREHOUSE_LOST", "WAREHOUSE_DAMAGE", "REVERSAL_REIMBURSEMENT", "COMPENSATED_CLAWBACK", "MISSING_FROM_INBOUND", "FREE_REPLACEMENT_REFUND_ITEMS",
    };

    /// <summary>Whether an adjustment type (as Finances or a settlement report names it) is a reimbursement.</summary>
    public static bool IsReimbursement(string adjustmentType) => ReimbursementTypes.Contains(adjustmentType);

    public static IReadOnlyList<Reimbursement> Reimbursements(IEnumerable<AdjustmentEvent> events, string marketplaceId, ICollection<string> refused)
    {
        var ordinals = new Dictionary<(string, string?, DateTimeOffset), int>();
        var reimbursements = new List<Reimbursement>();
        foreach (var adjustment in events.Where(e => e is { AdjustmentType: not null, PostedDate: not null } && ReimbursementTypes.Contains(e.AdjustmentType!)))
        {
            var type = adjustment.AdjustmentType!;
            var postedAt = adjustment.PostedDate!.Value;
            var parts = adjustment.AdjustmentItemList is { Count: > 0 } items
                ? items.Where(i => i.TotalAmount is not null).Select(i => (i.SellerSku, Amount: i.TotalAmount!))
                : adjustment.AdjustmentAmount is { } total ? [((string?)null, total)] : [];
            foreach (var (sku, amount) in parts)
            {
                if (AmazonCurrency.Of(amount.CurrencyCode, marketplaceId) is not { } currency)
                {
                    refused.Add(RefusedLineKinds.Reimbursement);
                    continue;
                }

                var ordinal = ordinals[(type, sku, postedAt)] = ordinals.GetValueOrDefault((type, sku, postedAt)) + 1;
                reimbursements.Add(new Reimbursement(
                    FactIds.Reimbursement(type, sku, postedAt, ordinal), marketplaceId, sku, postedAt, currency, amount.CurrencyAmount, type));
            }
        }

        return reimbursements;
    }
}
