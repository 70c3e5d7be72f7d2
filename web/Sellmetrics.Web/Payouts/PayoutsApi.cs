using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Grains;
using Sellmetrics.Web.Auth;
using Sellmetrics.Web.Profit;

namespace Sellmetrics.Web.Payouts;

/// <summary>What each marketplace paid out, beside the ledger the profit uses, with every difference named.</summary>
public static class PayoutsApi
{
    public static RouteGroupBuilder MapPayoutsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("Payouts").RequireAuthorization(Policies.Seller);
        group.MapGet("/payouts", PayoutsAsync);
        return group;
    }

    private static Task<Results<Ok<IEnumerable<PayoutResponse>>, ValidationProblem>> PayoutsAsync(
        HttpContext http, IGrainFactory grains, string? from, string? to) =>
        ReportQuery.AnswerAsync(from, to, null, async range =>
            (await grains.GetTenantMarketplaceDataGrain(SessionClaims.TenantOf(http.User)).GetPayoutsAsync(range.From, range.To)).Select(PayoutResponse.From));
}
