namespace Sellmetrics.Marketplaces.Amazon.Pricing;

/// <summary>The offers on a SKU's detail page in one marketplace (getListingOffers, PascalCase on the wire).</summary>
public sealed record ListingOffers(string? MarketplaceID, string? SKU, IReadOnlyList<ListingOffer>? Offers)
{
    /// <summary>The seller id holding the Buy Box, or null when no offer holds it.</summary>
    public string? BuyBoxWinner => Offers?.FirstOrDefault(o => o.IsBuyBoxWinner == true)?.SellerId;
}
