using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Profit;

/// <summary>Net profit over a date range: totals per currency, and a series per day.</summary>
public static class ProfitApi
{
    public static RouteGroupBuilder MapProfitApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/profit").WithTags("Profit").RequireAuthorization(Policies.Seller);
        group.MapGet("/summary", SummaryAsync);
        group.MapGet("/daily", DailyAsync);
        return group;
    }

    private static Task<Results<Ok<ProfitSummaryResponse>, ValidationProblem>> SummaryAsync(
        [AsParameters] SellerRequest seller, string? from, string? to, string? marketplace) =>
        ReportQuery.AnswerAsync(from, to, marketplace, async range => ProfitSummaryResponse.Of(await seller.Tenant<ITenantProfit>().GetProfitSummaryAsync(range, marketplace)));

    private static Task<Results<Ok<IReadOnlyList<DailyProfitResponse>>, ValidationProblem>> DailyAsync(
        [AsParameters] SellerRequest seller, string? from, string? to, string? marketplace) =>
        ReportQuery.AnswerAsync(from, to, marketplace, async range => DailyProfitResponse.From(await seller.Tenant<ITenantProfit>().GetDailyProfitAsync(range, marketplace)));
}
