using Sellmetrics.Facts;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Marketplaces.Amazon.Finances;

namespace Sellmetrics.Mappers.Amazon;

/// <summary>
/// One seller account's financial events (read once for the account) split among the marketplaces it tracks: an order
/// event goes to its storefront's marketplace, else to its order's; an account-level line (subscription, storage, an
/// adjustment) to the first tracked marketplace of its currency, so it counts once, in its own currency. Lines of
/// marketplaces the seller does not track are left out.
/// </summary>
public static class AccountFinancialEvents
{
    public static IReadOnlyList<FactBatch> From(
        IReadOnlyList<FinancialEvents> pages, DateOnly postedOn, IReadOnlyList<string> tracked, Func<string, string?> marketplaceOfOrder)
    {
        string? OrderEvent(ShipmentEvent e) =>
            AmazonMarketplaces.All.FirstOrDefault(m => string.Equals(m.Storefront, e.MarketplaceName, StringComparison.OrdinalIgnoreCase))?.Id
            ?? (e.AmazonOrderId is { } order ? marketplaceOfOrder(order) : null);
        string? AccountLine(string? currency) =>
            tracked.FirstOrDefault(m => string.Equals(AmazonMarketplaces.CurrencyOf(m), currency, StringComparison.OrdinalIgnoreCase));

        return [.. tracked.Select(marketplace => FinancialEventFacts.From(
            [.. pages.Select(p => new FinancialEvents(
                Mine(p.ShipmentEventList, e => OrderEvent(e) == marketplace),
                Mine(p.RefundEventList, e => OrderEvent(e) == marketplace),
                Mine(p.GuaranteeClaimEventList, e => OrderEvent(e) == marketplace),
                Mine(p.ChargebackEventList, e => OrderEvent(e) == marketplace),
                Mine(p.ServiceFeeEventList, e => AccountLine(e.FeeList?.FirstOrDefault()?.FeeAmount?.CurrencyCode) == marketplace),
                Mine(p.AdjustmentEventList, e => AccountLine(e.AdjustmentAmount?.CurrencyCode) == marketplace)))],
            postedOn,
            marketplace))];
    }

    private static List<T> Mine<T>(IReadOnlyList<T>? events, Func<T, bool> belongs) => [.. (events ?? []).Where(belongs)];
}
