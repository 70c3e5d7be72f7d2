namespace Sellmetrics.Grains.Sync;

/// <summary>Amazon's marketplace ids and the SP-API region that serves each (Amazon's "Marketplace IDs" table).</summary>
public static class AmazonMarketplaces
{
    private static readonly Dictionary<string, string> Regions = new[]
    {
        ("NA", "ATVPDKIKX0DER A2EUQ1WTGCTBG2 A1AM78C64UM0Y8 A2Q3Y263D00KWC"),
        ("EU", "A1RKKUPIHCS9HS A1F83G8C2ARO7P A13V1IB3VIYZZH AMEN7PMS3EDWL A1805IZSGTT6HS A1PA6795UKMFR9 APJ6JRA9NG5V4 "
            + "A2NODRKZP88ZB9 AE08WJ6YKNBMC A1C3SOZRARQ6R3 ARBP9OOSHTCHU A33AVAJ2PDY3EV A17E79C6D8DWNP A2VIGQ35RCS4UG A21TJRUUN4KGV"),
        ("FE", "A19VAU5U5O7RUS A39IBJ37TRP1C6 A1VC38T7YXB528"),
    }.SelectMany(r => r.Item2.Split(' ').Select(id => (Id: id, Region: r.Item1))).ToDictionary(m => m.Id, m => m.Region, StringComparer.Ordinal);

    /// <summary>Amazon.com, the default marketplace of a new connection.</summary>
    public const string UnitedStates = "ATVPDKIKX0DER";

    /// <summary>The region (NA, EU or FE) of a marketplace id; null when Amazon has no such marketplace.</summary>
    public static string? RegionOf(string? marketplaceId) => marketplaceId is null ? null : Regions.GetValueOrDefault(marketplaceId);
}
