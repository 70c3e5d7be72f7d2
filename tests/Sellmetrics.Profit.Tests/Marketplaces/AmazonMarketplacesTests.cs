using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Profit.Days;
using Sellmetrics.Testing;

namespace Sellmetrics.Profit.Tests.Marketplaces;

public sealed class AmazonMarketplacesTests
{
    private static readonly string SharedTable = Path.Combine(RepositoryRoot.Path, "..", "shared", "marketplace-specs", "amazon", "marketplace-ids.tsv");

    [Fact]
    public void TheTableEqualsAmazonsMarketplaceIdsRowForRow()
    {
        var lines = File.ReadAllLines(SharedTable).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var header = lines[0].Split('\t');
        var expected = lines.Skip(1).Select(l => l.Split('\t')).Select(cells => Column(header, cells)).Select(cell => (
            Id: cell("marketplace_id"), Country: cell("country"), CountryCode: cell("country_code"), Region: cell("region"),
            Storefront: cell("storefront"), Currency: cell("currency"))).ToList();

        var actual = AmazonMarketplaces.All.Select(m => (m.Id, m.Country, m.CountryCode, m.Region, m.Storefront, m.Currency)).ToList();

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void SouthAfricaIsNotIreland()
    {
        Assert.Equal(("ZA", "ZAR", "Amazon.co.za"), Triple(AmazonMarketplaces.Find("AE08WJ6YKNBMC")!));
        Assert.Equal(("IE", "EUR", "Amazon.ie"), Triple(AmazonMarketplaces.Find("A28R8C7NBKEWEA")!));
    }

    [Fact]
    public void EveryMarketplaceHasAKnownReportingTimeZone() =>
        Assert.All(AmazonMarketplaces.All, m => Assert.Equal(m.TimeZone, ReportingTimeZone.FromIana(m.TimeZone).Id));

    private static (string, string, string) Triple(AmazonMarketplace m) => (m.CountryCode, m.Currency, m.Storefront);

    private static Func<string, string> Column(string[] header, string[] cells) => name => cells[Array.IndexOf(header, name)];
}
