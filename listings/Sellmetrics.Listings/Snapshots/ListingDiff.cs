namespace Sellmetrics.Listings.Snapshots;

/// <summary>The changes between a listing's last stored snapshot and a new one.</summary>
public static class ListingDiff
{
    /// <summary>
    /// Every attribute whose value differs, once each. A listing's first snapshot is its baseline, not a change, and the
    /// same snapshot taken twice changes nothing.
    /// </summary>
    public static IReadOnlyList<ListingChange> Between(ListingSnapshot? previous, ListingSnapshot current)
    {
        if (previous is null)
        {
            return [];
        }

        if (previous.Marketplace != current.Marketplace || previous.Sku != current.Sku)
        {
            throw new ArgumentException("Snapshots of two different listings cannot be compared.", nameof(current));
        }

        return [.. Enum.GetValues<ListingAttribute>()
            .Select(attribute => (attribute, before: ListingAttributeValues.Of(previous, attribute), after: ListingAttributeValues.Of(current, attribute)))
            .Where(value => value.before != value.after)
            .Select(value => new ListingChange(current.Marketplace, current.Sku, current.Asin, value.attribute, value.before, value.after, current.TakenAt))];
    }
}
