using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Settings;

/// <summary>The tenant's settings: its reporting time zone, which decides the day every amount falls on.</summary>
public static class SettingsApi
{
    public static RouteGroupBuilder MapSettingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/settings").WithTags("Settings").RequireAuthorization(Policies.Seller);
        group.MapGet("/", GetAsync);
        group.MapPut("/", ChangeAsync);
        return group;
    }

    private static async Task<Ok<SettingsResponse>> GetAsync([AsParameters] SellerRequest seller) =>
        TypedResults.Ok(new SettingsResponse(await seller.Tenant<ITenantSettings>().GetTimeZoneAsync()));

    private static async Task<Results<Ok<SettingsResponse>, ValidationProblem>> ChangeAsync(SettingsRequest request, [AsParameters] SellerRequest seller)
    {
        var tenant = seller.Tenant<ITenantSettings>();
        if (!await tenant.SetTimeZoneAsync(request.TimeZone!.Trim(), seller.Actor))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["timeZone"] = [SettingsRequest.TimeZoneError] });
        }

        return TypedResults.Ok(new SettingsResponse(await tenant.GetTimeZoneAsync()));
    }
}
