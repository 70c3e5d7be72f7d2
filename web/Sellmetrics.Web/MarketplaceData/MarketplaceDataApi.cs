using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Web.Auth;
using Sellmetrics.Web.Profit;

namespace Sellmetrics.Web.MarketplaceData;

/// <summary>The seller's raw marketplace data behind the numbers: inventory, returns, reimbursements and listing traffic.</summary>
public static class MarketplaceDataApi
{
    public static RouteGroupBuilder MapMarketplaceDataApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Ledger").RequireAuthorization(Policies.Seller);
        group.MapGet("/inventory", InventoryAsync);
        group.MapGet("/returns", ReturnsAsync);
        group.MapGet("/reimbursements", ReimbursementsAsync);
        group.MapGet("/traffic", TrafficAsync);
        return group;
    }

    private static async Task<Ok<IEnumerable<InventoryResponse>>> InventoryAsync(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok((await DataGrain(http, grains).GetInventoryAsync()).Select(InventoryResponse.From));

    private static Task<Results<Ok<IEnumerable<ReturnResponse>>, ValidationProblem>> ReturnsAsync(
        HttpContext http, IGrainFactory grains, string? from, string? to) =>
        ReportQuery.AnswerAsync(from, to, null, async range =>
            (await DataGrain(http, grains).GetReturnsAsync(range.From, range.To)).Select(ReturnResponse.From));

    private static Task<Results<Ok<IEnumerable<ReimbursementResponse>>, ValidationProblem>> ReimbursementsAsync(
        HttpContext http, IGrainFactory grains, string? from, string? to) =>
        ReportQuery.AnswerAsync(from, to, null, async range =>
            (await DataGrain(http, grains).GetReimbursementsAsync(range.From, range.To)).Select(ReimbursementResponse.From));

    private static Task<Results<Ok<IEnumerable<TrafficResponse>>, ValidationProblem>> TrafficAsync(
        HttpContext http, IGrainFactory grains, string? from, string? to) =>
        ReportQuery.AnswerAsync(from, to, null, async range =>
            (await DataGrain(http, grains).GetTrafficAsync(range.From, range.To)).Select(TrafficResponse.From));

    private static ITenantMarketplaceDataGrain DataGrain(HttpContext http, IGrainFactory grains) => grains.GetTenantMarketplaceDataGrain(SessionClaims.TenantOf(http.User));
}
