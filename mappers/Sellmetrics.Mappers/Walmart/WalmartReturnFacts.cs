using Sellmetrics.Facts;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Marketplaces.Walmart.Returns;

namespace Sellmetrics.Mappers.Walmart;

/// <summary>
/// Walmart return orders as customer returns. Walmart's returns API names no disposition, so a return never counts as
/// restocked (no unit cost comes back) and carries its return reason as the disposition.
/// </summary>
public static class WalmartReturnFacts
{
    public static FactBatch From(IReadOnlyList<WalmartReturnOrder> returns) => new(WalmartMarketplaces.UnitedStates.Id)
    {
        Returns = [.. returns.SelectMany(r => (r.ReturnOrderLines ?? [])
            .Where(l => l is { PurchaseOrderId: not null, Item.Sku: not null })
            .Select(l => new CustomerReturn(
                FactIds.Return(l.PurchaseOrderId!, l.Item!.Sku!, r.ReturnOrderDate, $"{r.ReturnOrderId}-{l.ReturnOrderLineNumber}"),
                l.PurchaseOrderId!,
                l.Item.Sku!,
                r.ReturnOrderDate,
                (int)(l.Quantity?.MeasurementValue ?? 1m),
                l.ReturnReason ?? "RETURNED",
                Sellable: false)))],
    };
}
