using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
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

    private static async Task<Ok<IEnumerable<InventoryResponse>>> InventoryAsync([AsParameters] SellerRequest seller) =>
        TypedResults.Ok((await seller.Ledger.GetInventoryAsync()).Select(InventoryResponse.From));

    private static Task<Results<Ok<IEnumerable<ReturnResponse>>, ValidationProblem>> ReturnsAsync(
        [AsParameters] SellerRequest seller, string? from, string? to) =>
        ReportQuery.AnswerAsync(from, to, null, async range =>
            (await seller.Ledger.GetReturnsAsync(range.From, range.To)).Select(ReturnResponse.From));

    private static Task<Results<Ok<IEnumerable<ReimbursementResponse>>, ValidationProblem>> ReimbursementsAsync(
        [AsParameters] SellerRequest seller, string? from, string? to) =>
        ReportQuery.AnswerAsync(from, to, null, async range =>
            (await seller.Ledger.GetReimbursementsAsync(range.From, range.To)).Select(ReimbursementResponse.From));

    private static Task<Results<Ok<IEnumerable<TrafficResponse>>, ValidationProblem>> TrafficAsync(
        [AsParameters] SellerRequest seller, string? from, string? to) =>
        ReportQuery.AnswerAsync(from, to, null, async range =>
            (await seller.Ledger.GetTrafficAsync(range.From, range.To)).Select(TrafficResponse.From));
}
