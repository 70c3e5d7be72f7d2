using Sellmetrics.Facts;
using Sellmetrics.Marketplaces.Amazon.Finances;

namespace Sellmetrics.Mappers.Amazon;

/// <summary>
/// A refund (or A-to-z guarantee claim, or chargeback) event as one refund fact per SKU: principal, shipping, gift wrap,
/// promotion and fee adjustments as signed by the API, every other non-tax charge as other.
/// </summary>
public static class RefundFacts
{
    public static IEnumerable<RefundEvent> Of(ShipmentEvent refund, string marketplaceId, ICollection<string> refused)
    {
        var orderId = refund.AmazonOrderId!;
        var postedAt = refund.PostedDate!.Value;
        return (refund.ShipmentItemAdjustmentList ?? [])
            .Where(i => i.SellerSku is not null)
            .GroupBy(i => i.SellerSku!)
            .Select(g =>
            {
                var charges = g.SelectMany(i => i.ItemChargeAdjustmentList ?? []).Where(c => c.ChargeAmount is not null && !IsTax(c.ChargeType)).ToList();
                var currency = AmazonCurrency.Of(charges.Select(c => c.ChargeAmount!.CurrencyCode).OfType<string>().FirstOrDefault(), marketplaceId);
                if (currency is null)
                {
                    refused.Add(RefusedLineKinds.Refund);
                    return null;
                }

                return new RefundEvent(
                    FactIds.Refund(orderId, g.Key, postedAt), orderId, g.Key, postedAt, currency,
                    Principal: Sum(charges, "Principal"),
                    Shipping: Sum(charges, "ShippingCharge"),
                    GiftWrap: Sum(charges, "Giftwrap"),
                    Promotion: g.SelectMany(i => i.PromotionAdjustmentList ?? []).Sum(p => p.PromotionAmount?.CurrencyAmount ?? 0m),
                    FeeAdjustments: g.SelectMany(i => i.ItemFeeAdjustmentList ?? []).Sum(f => f.FeeAmount?.CurrencyAmount ?? 0m),
                    Other: charges.Where(c => c.ChargeType is not ("Principal" or "ShippingCharge" or "Giftwrap")).Sum(c => c.ChargeAmount!.CurrencyAmount));
            })
            .OfType<RefundEvent>();
    }

    private static decimal Sum(List<ChargeComponent> charges, string type) => charges.Where(c => c.ChargeType == type).Sum(c => c.ChargeAmount!.CurrencyAmount);

    private static bool IsTax(string? chargeType) =>
        chargeType is null || chargeType.Contains("Tax", StringComparison.OrdinalIgnoreCase) || chargeType.StartsWith("MarketplaceFacilitator", StringComparison.Ordinal)
        || chargeType.StartsWith("TCS-", StringComparison.Ordinal);
}
