using Sellmetrics.Facts;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Marketplaces.Amazon.Finances;

namespace Sellmetrics.Mappers.Amazon;

/// <summary>
/// The pages of one listFinancialEvents window as facts: order fees (shipment events), refunds (refund, guarantee-claim
/// and chargeback events), service fees (the API gives them no date, so they are named and dated by the UTC day they were
/// posted in, never by the reader's reporting zone), and reimbursements (adjustment events). Taxes never count.
/// </summary>
public static class FinancialEventFacts
{
    public static FactBatch From(IReadOnlyList<FinancialEvents> pages, DateOnly postedOn, string marketplaceId)
    {
        var shipments = pages.SelectMany(p => p.ShipmentEventList ?? []).Where(e => Keeps(e, marketplaceId)).ToList();
        var refunds = pages.SelectMany(p => (p.RefundEventList ?? []).Concat(p.GuaranteeClaimEventList ?? []).Concat(p.ChargebackEventList ?? []))
            .Where(e => Keeps(e, marketplaceId));
        var refused = new List<string>();
        return new FactBatch(marketplaceId)
        {
            Fees = [.. shipments.SelectMany(s => ShipmentFees(s, marketplaceId, refused))],
            Refunds = [.. refunds.SelectMany(r => RefundFacts.Of(r, marketplaceId, refused))],
            ServiceFees = ServiceFees(pages.SelectMany(p => p.ServiceFeeEventList ?? []), postedOn, marketplaceId, refused),
            Reimbursements = AdjustmentFacts.Reimbursements(
                pages.SelectMany(p => p.AdjustmentEventList ?? []).Where(a => Owns(marketplaceId, null, a.AdjustmentAmount?.CurrencyCode)),
                marketplaceId,
                refused),
            RefusedLines = refused,
        };
    }

    private static bool Keeps(ShipmentEvent e, string marketplaceId) =>
        e is { AmazonOrderId: not null, PostedDate: not null } && Owns(marketplaceId, e.MarketplaceName, null);

    // Financial events are not filtered by marketplace: an event is the connection's by its storefront name when it has
    // one, else by its currency (service fees, adjustments).
    private static bool Owns(string marketplaceId, string? storefrontName, string? currency)
    {
        if (AmazonMarketplaces.Find(marketplaceId) is not { } own)
        {
            return true;
        }

        return storefrontName is { Length: > 0 }
            ? string.Equals(storefrontName, own.Storefront, StringComparison.OrdinalIgnoreCase)
            : currency is null || string.Equals(currency, own.Currency, StringComparison.OrdinalIgnoreCase);
    }

    // Item fees per SKU and type; order-level fees (rare) go to the order's first SKU.
    private static List<FeeLine> ShipmentFees(ShipmentEvent shipment, string marketplaceId, List<string> refused)
    {
        var orderId = shipment.AmazonOrderId!;
        var postedAt = shipment.PostedDate!.Value;
        var items = (shipment.ShipmentItemList ?? []).Where(i => i.SellerSku is not null).ToList();
        var fees = items.SelectMany(i => (i.ItemFeeList ?? []).Select(f => (Sku: i.SellerSku!, Fee: f)));
        if (items.Count > 0)
        {
            fees = fees.Concat((shipment.OrderFeeList ?? []).Concat(shipment.ShipmentFeeList ?? []).Select(f => (Sku: items[0].SellerSku!, Fee: f)));
        }

        var lines = fees
            .Where(f => f.Fee is { FeeType: not null, FeeAmount: not null })
            .GroupBy(f => (f.Sku, f.Fee.FeeType, Currency: AmazonCurrency.Of(f.Fee.FeeAmount!.CurrencyCode, marketplaceId)))
            .ToList();
        refused.AddRange(lines.Where(g => g.Key.Currency is null).Select(_ => RefusedLineKinds.Fee));
        return [.. lines.Where(g => g.Key.Currency is not null).Select(g => new FeeLine(
            FactIds.Fee(orderId, g.Key.Sku, g.Key.FeeType!, postedAt), orderId, g.Key.Sku, g.Key.FeeType!, g.Key.Currency!,
            g.Sum(f => f.Fee.FeeAmount!.CurrencyAmount), postedAt))];
    }

    // Named by the UTC day, so a changed reporting zone re-reads the same names; dated at its noon, which is that same
    // calendar day in every zone from UTC−11 to UTC+11.
    private static List<ServiceFee> ServiceFees(IEnumerable<ServiceFeeEvent> events, DateOnly postedOn, string marketplaceId, List<string> refused)
    {
        var day = new DateTimeOffset(postedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var ordinals = new Dictionary<(string, string?), int>();
        var fees = new List<ServiceFee>();
        foreach (var (sku, fee) in events.SelectMany(e => (e.FeeList ?? []).Select(f => (e.SellerSku, Fee: f))))
        {
            if (fee is not { FeeType: { } type, FeeAmount: { } amount } || !Owns(marketplaceId, null, amount.CurrencyCode))
            {
                continue;
            }

            if (AmazonCurrency.Of(amount.CurrencyCode, marketplaceId) is not { } currency)
            {
                refused.Add(RefusedLineKinds.ServiceFee);
                continue;
            }

            var ordinal = ordinals[(type, sku)] = ordinals.GetValueOrDefault((type, sku)) + 1;
            fees.Add(new ServiceFee(
                FactIds.ServiceFee(type, sku, day, ordinal), marketplaceId, sku, type, day.AddHours(12), currency, amount.CurrencyAmount));
        }

        return fees;
    }
}
