using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Accounts;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Admin;

/// <summary>The grain management endpoint: admins list, inspect and purge tenants, and grant or revoke the admin role.</summary>
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
        group.MapPost("/users/{user}/admin", GrantAdminAsync);
        group.MapDelete("/users/{user}/admin", RevokeAdminAsync);
        return group;
    }

    private static async Task<Ok<List<TenantListingResponse>>> ListTenantsAsync([AsParameters] SellerRequest admin) =>
        TypedResults.Ok((await admin.Grains.GetGrain<ITenantDirectoryGrain>(0).ListAsync()).Select(TenantListingResponse.From).ToList());

    private static async Task<Results<Ok<TenantSummaryResponse>, NotFound>> GetTenantAsync(Guid tenantId, [AsParameters] SellerRequest admin) =>
        await admin.Grains.GetTenant<ITenantLifecycle>(tenantId).GetSummaryAsync() is { } summary
            ? TypedResults.Ok(TenantSummaryResponse.From(summary))
            : TypedResults.NotFound();

    private static async Task<Ok<RotationResponse>> RotateEncryptionAsync([AsParameters] SellerRequest admin)
    {
        var rotation = admin.Grains.GetGrain<ISecretRotationGrain>(0);
        return TypedResults.Ok(new RotationResponse(await rotation.RotateAllAsync(), await rotation.RotateConnectionsAsync()));
    }

    private static async Task<Results<NoContent, NotFound>> PurgeTenantAsync(Guid tenantId, [AsParameters] SellerRequest admin) =>
        await admin.Grains.GetTenant<ITenantLifecycle>(tenantId).PurgeAsync(admin.Email, "admin") ? TypedResults.NoContent() : TypedResults.NotFound();

    private static Task<Results<NoContent, ProblemHttpResult>> GrantAdminAsync(string user, [AsParameters] SellerRequest admin) =>
        SetAdminAsync(user, makeAdmin: true, admin);

    private static Task<Results<NoContent, ProblemHttpResult>> RevokeAdminAsync(string user, [AsParameters] SellerRequest admin) =>
        SetAdminAsync(user, makeAdmin: false, admin);

    /// <summary><paramref name="user"/> is an account's id or its sign-in email.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> SetAdminAsync(string user, bool makeAdmin, SellerRequest admin)
    {
        var userId = Guid.TryParse(user, out var id) ? id : await admin.Grains.GetGrain<IAccountsGrain>(0).FindUserIdAsync(user);
        var change = userId is { } found
            ? await admin.Grains.GetUserGrain(found).SetAdminAsync(makeAdmin, admin.Email)
            : RoleChange.NotFound;
        return change switch
        {
            RoleChange.Done => TypedResults.NoContent(),
            RoleChange.Unverified => TypedResults.Problem(
                title: "This account has not verified its email address.", detail: "Only a verified account can be made admin.", statusCode: StatusCodes.Status409Conflict),
            RoleChange.LastAdmin => TypedResults.Problem(
                title: "This is the last admin.", detail: "Make another account admin first.", statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.Problem(title: "No such account.", statusCode: StatusCodes.Status404NotFound),
        };
    }

    // Signs every user of the tenant out everywhere, e.g. after a suspected compromise.
    private static async Task<Results<Ok<SessionsEndedResponse>, NotFound>> EndTenantSessionsAsync(Guid tenantId, [AsParameters] SellerRequest admin)
    {
        var tenant = admin.Grains.GetTenant<ITenantLifecycle>(tenantId);
        if (await tenant.GetSummaryAsync() is null)
        {
            return TypedResults.NotFound();
        }

        return TypedResults.Ok(new SessionsEndedResponse(await tenant.EndSessionsAsync(admin.Email)));
    }

}
