using System.Text.Json;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Testing;

namespace Sellmetrics.Profit.Tests.Marketplaces;

public sealed class WalmartMarketplacesTests
{
    private static readonly string ItemsSpec = Path.Combine(RepositoryRoot.Path, "..", "shared", "marketplace-specs", "walmart", "items.json");

    [Fact]
    public void WalmartUsKeepsTheIdItsFactsAreStoredUnder() =>
        Assert.Equal(("WALMART_US", "Walmart.com", "USD"), (WalmartMarketplaces.UnitedStates.Id, WalmartMarketplaces.UnitedStates.Storefront, WalmartMarketplaces.UnitedStates.Currency));

    [Fact]
    public void EveryIdIsAMartWalmartsItemsApiNames()
    {
        using var spec = JsonDocument.Parse(File.ReadAllText(ItemsSpec));
        var marts = spec.RootElement.GetProperty("paths").GetProperty("/v3/items").GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("properties").GetProperty("ItemResponse")
            .GetProperty("items").GetProperty("properties").GetProperty("mart").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();

        Assert.All(WalmartMarketplaces.All, m => Assert.Contains(m.Id, marts));
    }

    [Fact]
    public void NoWalmartIdIsAnAmazonMarketplaceId() =>
        Assert.All(WalmartMarketplaces.All, m => Assert.Null(AmazonMarketplaces.Find(m.Id)));
}
