using System.Globalization;

namespace Sellmetrics.Listings.Snapshots;

/// <summary>Each watched attribute of a snapshot as the text stored in a change event; the one place that reads them.</summary>
public static class ListingAttributeValues
{
    public static string? Of(ListingSnapshot snapshot, ListingAttribute attribute) => attribute switch
    {
        ListingAttribute.Title => snapshot.Title,
        ListingAttribute.BulletPoints => Lines(snapshot.BulletPoints),
        ListingAttribute.MainImage => snapshot.MainImage,
        ListingAttribute.OtherImages => Lines(snapshot.OtherImages),
        ListingAttribute.Price => snapshot.Price is { } price
            ? $"{price.ToString("0.00", CultureInfo.InvariantCulture)} {snapshot.Currency}".TrimEnd()
            : null,
        ListingAttribute.Availability => snapshot.Availability,
        ListingAttribute.Issues => Lines([.. snapshot.Issues.Order(StringComparer.Ordinal)]),
        ListingAttribute.BuyBoxWinner => snapshot.BuyBoxWinner,
        _ => throw new ArgumentOutOfRangeException(nameof(attribute), attribute, null),
    };

    private static string? Lines(IReadOnlyList<string> values) => values.Count == 0 ? null : string.Join('\n', values);
}
