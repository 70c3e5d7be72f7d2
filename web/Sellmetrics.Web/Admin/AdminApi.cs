using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Accounts;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Admin;

/// <summary>The grain management endpoint: admins list, inspect and purge tenants.</summary>
public static class AdminApi
{
    public static RouteGroupBuilder MapAdminApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/admin").WithTags("Admin").RequireAuthorization(Policies.Admin);
        group.MapGet("/tenants", ListTenantsAsync);
        group.MapGet("/tenants/{tenantId:guid}", GetTenantAsync);
        group.MapDelete("/tenants/{tenantId:guid}", PurgeTenantAsync);
        group.MapDelete("/tenants/{tenantId:guid}/sessions", EndTenantSessionsAsync);
        group.MapPost("/encryption/rotate", RotateEncryptionAsync);
        return group;
    }

    private static async Task<Ok<IReadOnlyList<TenantListingSnapshot>>> ListTenantsAsync(IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<ITenantDirectoryGrain>(0).ListAsync());

    private static async Task<Results<Ok<TenantSummary>, NotFound>> GetTenantAsync(Guid tenantId, IGrainFactory grains) =>
        await grains.GetTenantGrain(tenantId).GetSummaryAsync() is { } summary ? TypedResults.Ok(summary) : TypedResults.NotFound();

    private static async Task<Ok<RotationResponse>> RotateEncryptionAsync(IGrainFactory grains)
    {
        var rotation = grains.GetGrain<ISecretRotationGrain>(0);
        return TypedResults.Ok(new RotationResponse(await rotation.RotateAllAsync(), await rotation.RotateConnectionsAsync()));
    }

    private static async Task<Results<NoContent, NotFound>> PurgeTenantAsync(Guid tenantId, HttpContext http, IGrainFactory grains)
    {
        var admin = http.User.FindFirst(SessionClaims.Email)!.Value;
        return await grains.GetTenantGrain(tenantId).PurgeAsync(admin, "admin") ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    // Signs every user of the tenant out everywhere, e.g. after a suspected compromise.
    private static async Task<Results<Ok<SessionsEndedResponse>, NotFound>> EndTenantSessionsAsync(Guid tenantId, HttpContext http, IGrainFactory grains)
    {
        var tenant = grains.GetTenantGrain(tenantId);
        if (await tenant.GetSummaryAsync() is null)
        {
            return TypedResults.NotFound();
        }

        var admin = http.User.FindFirst(SessionClaims.Email)!.Value;
        return TypedResults.Ok(new SessionsEndedResponse(await tenant.EndSessionsAsync(admin)));
    }

}
