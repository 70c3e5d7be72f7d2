using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Grains.Costs;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Profit.Costs;
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
        if (Parse(request, Guid.NewGuid()) is not { } cost)
        {
            return TypedResults.ValidationProblem(Errors(request));
        }

        var saved = await Costs(seller).SaveRecurringCostAsync(cost, isNew: true, seller.Actor);
        return saved is null
            ? TypedResults.ValidationProblem(Errors(request))
            : TypedResults.Created($"/api/recurring-costs/{saved.Id}", RecurringCostResponse.From(saved));
    }

    private static async Task<Results<Ok<RecurringCostResponse>, ValidationProblem, NotFound>> ReplaceAsync(
        Guid id, RecurringCostRequest request, [AsParameters] SellerRequest seller)
    {
        if (Parse(request, id) is not { } cost)
        {
            return TypedResults.ValidationProblem(Errors(request));
        }

        var saved = await Costs(seller).SaveRecurringCostAsync(cost, isNew: false, seller.Actor);
        return saved is null ? TypedResults.NotFound() : TypedResults.Ok(RecurringCostResponse.From(saved));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, [AsParameters] SellerRequest seller) =>
        await Costs(seller).DeleteRecurringCostAsync(id, seller.Actor) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static RecurringCost? Parse(RecurringCostRequest request, Guid id) =>
        Errors(request).Count == 0
            ? new RecurringCost(id, request.Name!, request.Category!, request.Amount!.Value, request.Currency!,
                CostFrequencyNames.Parse(request.Frequency!), request.StartDate!.Value, request.EndDate)
            : null;

    private static Dictionary<string, string[]> Errors(RecurringCostRequest request)
    {
        var errors = CostRules.Validate(request.Name, request.Category, request.Amount, request.Currency, request.StartDate, request.EndDate);
        if (!CostFrequencyNames.TryParse(request.Frequency, out _))
        {
            errors["frequency"] = ["Choose daily, weekly, monthly or yearly."];
        }

        return errors;
    }

    private static ITenantCosts Costs(SellerRequest seller) => seller.Tenant<ITenantCosts>();
}
