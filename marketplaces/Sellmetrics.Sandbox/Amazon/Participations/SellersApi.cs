using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.RateLimiting;

namespace Sellmetrics.Sandbox.Amazon.Participations;

/// <summary>Sellers API v1: getMarketplaceParticipations for the seller the access token was issued to (as Amazon, no seller id
/// in it): the marketplaces of its region it takes part in (North America: the US and Canada; Europe: DE, FR, IT, ES, UK).</summary>
internal static class SellersApi
{
    public static readonly RateLimit GetMarketplaceParticipations = new("getMarketplaceParticipations", 0.016, 15);

    public static void MapSellersApi(this RouteGroupBuilder spApi) =>
        spApi.MapGet("/sellers/v1/marketplaceParticipations", Participations).WithMetadata(GetMarketplaceParticipations);

    private static IResult Participations(HttpContext http)
    {
        var seller = http.Seller();
        return SandboxJson.Json(new
        {
            payload = seller.Region.Marketplaces.Select(marketplace => new
            {
                marketplace = new
                {
                    id = marketplace.Id,
                    name = marketplace.Name,
                    countryCode = marketplace.CountryCode,
                    defaultCurrencyCode = marketplace.Currency,
                    defaultLanguageCode = marketplace.LanguageCode,
                    domainName = $"www.{marketplace.Name.ToLowerInvariant()}",
                },
                participation = new { isParticipating = true, hasSuspendedListings = false },
                storeName = seller.StoreName,
            }),
        });
    }
}
