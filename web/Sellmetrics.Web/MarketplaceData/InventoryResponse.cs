using Sellmetrics.Facts;

namespace Sellmetrics.Web.MarketplaceData;

/// <summary>One SKU's latest stock at one location.</summary>
public sealed record InventoryResponse(
    string Marketplace, string Sku, string? Asin, string Location, DateOnly Day, int Fulfillable, int Inbound, int Reserved, int Unfulfillable, DateTimeOffset ObservedAt)
{
    public static InventoryResponse From(MarketplaceFact<InventoryLevel> fact)
    {
        var level = fact.Fact;
        return new(fact.Marketplace, level.Sku, level.Asin, level.Location, level.Day, level.Fulfillable, level.Inbound, level.Reserved, level.Unfulfillable, level.ObservedAt);
    }
}
