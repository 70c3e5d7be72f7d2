using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Costs;

public static class RecurringCostsApi
{
    public static RouteGroupBuilder MapRecurringCostsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/recurring-costs").WithTags("Costs").RequireAuthorization(Policies.Seller);
        group.MapGet("/", ListAsync);
        group.MapPost("/", CreateAsync);
        group.MapPut("/{id:guid}", ReplaceAsync);
        group.MapDelete("/{id:guid}", DeleteAsync);
        return group;
    }

    private static async Task<Ok<IEnumerable<RecurringCostResponse>>> ListAsync([AsParameters] SellerRequest seller) =>
        TypedResults.Ok((await Costs(seller).GetRecurringCostsAsync()).Select(RecurringCostResponse.From));

    private static async Task<Results<Created<RecurringCostResponse>, ValidationProblem>> CreateAsync(
        RecurringCostRequest request, [AsParameters] SellerRequest seller)
    {
        var saved = await Costs(seller).SaveRecurringCostAsync(request.ToCost(Guid.NewGuid()), isNew: true, seller.Actor);
        return saved is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]>())
            : TypedResults.Created($"/api/recurring-costs/{saved.Id}", RecurringCostResponse.From(saved));
    }

    private static async Task<Results<Ok<RecurringCostResponse>, ValidationProblem, NotFound>> ReplaceAsync(
        Guid id, RecurringCostRequest request, [AsParameters] SellerRequest seller)
    {
        var saved = await Costs(seller).SaveRecurringCostAsync(request.ToCost(id), isNew: false, seller.Actor);
        return saved is null ? TypedResults.NotFound() : TypedResults.Ok(RecurringCostResponse.From(saved));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, [AsParameters] SellerRequest seller) =>
        await Costs(seller).DeleteRecurringCostAsync(id, seller.Actor) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static ITenantCosts Costs(SellerRequest seller) => seller.Tenant<ITenantCosts>();
}
