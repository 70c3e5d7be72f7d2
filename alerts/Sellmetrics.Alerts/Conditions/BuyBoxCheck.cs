using Sellmetrics.Alerts.Rules;
using Sellmetrics.Listings.Snapshots;

namespace Sellmetrics.Alerts.Conditions;

/// <summary>Whether another seller holds a listing's Buy Box in its latest snapshot; unknown winners are no alert.</summary>
public static class BuyBoxCheck
{
    public static Observation Evaluate(ListingSnapshot snapshot) => new(
        AlertKind.BuyBoxLost,
        snapshot.Sku,
        snapshot.BuyBoxWinner is not null && !snapshot.HasBuyBox,
        snapshot.BuyBoxWinner switch
        {
            null => $"{snapshot.Sku}: the Buy Box winner is not known.",
            ListingSnapshot.OurSellerId => $"{snapshot.Sku}: you hold the Buy Box.",
            var other => $"{snapshot.Sku}: seller {other} holds the Buy Box since {snapshot.TakenAt:yyyy-MM-dd HH:mm} UTC.",
        });
}
