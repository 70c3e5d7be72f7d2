using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Rules;
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

    private static async Task<Ok<SettingsResponse>> GetAsync(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(new SettingsResponse(await grains.GetTenant<ITenantSettings>(SessionClaims.TenantOf(http.User)).GetTimeZoneAsync()));

    private static async Task<Results<Ok<SettingsResponse>, ValidationProblem>> ChangeAsync(SettingsRequest request, HttpContext http, IGrainFactory grains)
    {
        var zone = request.TimeZone?.Trim();
        var tenant = grains.GetTenant<ITenantSettings>(SessionClaims.TenantOf(http.User));
        if (zone is not { Length: > 0 and <= 64 } || PlainText.HasControlCharacters(zone) || !await tenant.SetTimeZoneAsync(zone, SessionClaims.UserKeyOf(http.User)!))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["timeZone"] = ["An IANA time zone such as America/Los_Angeles."] });
        }

        return TypedResults.Ok(new SettingsResponse(await tenant.GetTimeZoneAsync()));
    }
}
