using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Connections;
using Sellmetrics.Rules;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Connections;

/// <summary>
/// The SP-API website authorization flow: <c>authorize</c> sends the seller to Seller Central's consent page with a signed,
/// expiring state; Amazon sends them back to <c>callback</c>, where the state is checked against the signed-in tenant and
/// the code exchanged for a refresh token that is stored sealed once the SP-API confirmed the callback's seller id for it.
/// Both end in a redirect to the connections page.
/// </summary>
internal static class AmazonAuthorizationApi
{
    private const string CallbackPath = "/api/connections/amazon/callback";
    private const string ConnectionsPage = "/connections.html";

    public static void MapAmazonAuthorization(this RouteGroupBuilder group)
    {
        group.MapGet("/amazon/authorize", AuthorizeAsync);
        group.MapGet("/amazon/callback", CallbackAsync);
    }

    private static async Task<Results<RedirectHttpResult, ProblemHttpResult>> AuthorizeAsync([AsParameters] SellerRequest seller) =>
        await seller.Grains.GetGrain<IAmazonAuthorizationGrain>(0).BeginConsentAsync(seller.TenantId, CallbackUri(seller.Http)) is { } consent
            ? TypedResults.Redirect(consent.ToString())
            : TypedResults.Problem(
                title: "Amazon authorization is not set up.",
                detail: "Set Amazon:ApplicationId, Amazon:ClientId and Amazon:ClientSecret, or connect with your own keys.",
                statusCode: StatusCodes.Status503ServiceUnavailable);

    private static async Task<RedirectHttpResult> CallbackAsync(
        [AsParameters] SellerRequest seller, string? state, string? selling_partner_id, string? spapi_oauth_code)
    {
        if (string.IsNullOrEmpty(state) || string.IsNullOrEmpty(selling_partner_id) || string.IsNullOrEmpty(spapi_oauth_code))
        {
            return TypedResults.Redirect($"{ConnectionsPage}?amazon=declined");
        }

        if (!MarketplaceAccountIds.IsAmazonSellerId(selling_partner_id) || !MarketplaceAccountIds.IsCredential(spapi_oauth_code))
        {
            return TypedResults.Redirect($"{ConnectionsPage}?amazon=refused");
        }

        var result = await seller.Grains.GetGrain<IAmazonAuthorizationGrain>(0).CompleteAsync(
            seller.TenantId, state, selling_partner_id, spapi_oauth_code, CallbackUri(seller.Http), AmazonMarketplaces.UnitedStates, seller.Actor);
        var outcome = result?.Outcome switch
        {
            ConnectOutcome.Connected => "connected",
            ConnectOutcome.Unavailable => "unavailable",
            null => "expired",
            _ => "refused",
        };
        return TypedResults.Redirect($"{ConnectionsPage}?amazon={outcome}");
    }

    private static Uri CallbackUri(HttpContext http) => http.RequestServices.GetRequiredService<IPublicLinks>().To(CallbackPath);
}
