using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Facts.Costs;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Rules;
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

    private static async Task<Ok<IEnumerable<RecurringCostResponse>>> ListAsync(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok((await Tenant(http, grains).GetRecurringCostsAsync()).Select(RecurringCostResponse.From));

    private static async Task<Results<Created<RecurringCostResponse>, ValidationProblem>> CreateAsync(
        RecurringCostRequest request, HttpContext http, IGrainFactory grains)
    {
        if (Parse(request, Guid.NewGuid()) is not { } cost)
        {
            return TypedResults.ValidationProblem(Errors(request));
        }

        var saved = await Tenant(http, grains).SaveRecurringCostAsync(cost, isNew: true, Actor(http));
        return saved is null
            ? TypedResults.ValidationProblem(Errors(request))
            : TypedResults.Created($"/api/recurring-costs/{saved.Id}", RecurringCostResponse.From(saved));
    }

    private static async Task<Results<Ok<RecurringCostResponse>, ValidationProblem, NotFound>> ReplaceAsync(
        Guid id, RecurringCostRequest request, HttpContext http, IGrainFactory grains)
    {
        if (Parse(request, id) is not { } cost)
        {
            return TypedResults.ValidationProblem(Errors(request));
        }

        var saved = await Tenant(http, grains).SaveRecurringCostAsync(cost, isNew: false, Actor(http));
        return saved is null ? TypedResults.NotFound() : TypedResults.Ok(RecurringCostResponse.From(saved));
    }

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(Guid id, HttpContext http, IGrainFactory grains) =>
        await Tenant(http, grains).DeleteRecurringCostAsync(id, Actor(http)) ? TypedResults.NoContent() : TypedResults.NotFound();

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

    private static ITenantCosts Tenant(HttpContext http, IGrainFactory grains) => grains.GetTenant<ITenantCosts>(SessionClaims.TenantOf(http.User));

    private static string Actor(HttpContext http) => SessionClaims.UserKeyOf(http.User)!;
}
