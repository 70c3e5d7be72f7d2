using Sellmetrics.Facts;

namespace Sellmetrics.Web.MarketplaceData;

/// <summary>A customer return with its disposition; a sellable one gives its unit cost back.</summary>
public sealed record ReturnResponse(string Marketplace, string OrderId, string Sku, DateTimeOffset ReturnedAt, int Quantity, string Disposition, bool Sellable)
{
    public static ReturnResponse From(MarketplaceFact<CustomerReturn> fact) =>
        new(fact.Marketplace, fact.Fact.OrderId, fact.Fact.Sku, fact.Fact.ReturnedAt, fact.Fact.Quantity, fact.Fact.Disposition, fact.Fact.Sellable);
}
