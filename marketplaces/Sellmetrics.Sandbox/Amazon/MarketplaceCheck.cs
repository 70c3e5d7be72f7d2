using Microsoft.AspNetCore.Http;
using Sellmetrics.Sandbox.Hosting;

namespace Sellmetrics.Sandbox.Amazon;

/// <summary>Refuses marketplace ids the calling seller does not take part in (400 InvalidInput), as the SP-API does.</summary>
internal static class MarketplaceCheck
{
    public static IResult? Refusal(HttpContext http, IEnumerable<string> marketplaceIds)
    {
        var seller = http.Seller();
        var foreign = marketplaceIds.Where(id => !seller.Region.TakesPartIn(id)).ToList();
        return foreign.Count == 0
            ? null
            : SpApiErrors.InvalidInput(http, $"The seller does not participate in marketplace(s) {string.Join(',', foreign)}.");
    }
}
