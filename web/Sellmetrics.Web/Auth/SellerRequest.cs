using Microsoft.AspNetCore.Http;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Accounts;
using Sellmetrics.Grains.Connections;
using Sellmetrics.Grains.Products;
using Sellmetrics.Grains.Tenants;

namespace Sellmetrics.Web.Auth;

/// <summary>
/// The signed-in account a request acts for, bound with <c>[AsParameters]</c>: its tenant (from the session's claims, never
/// from the client), the actor the audit log names, and the grains. The endpoint group's policy has already checked the role:
/// seller; admin for the admin endpoints, which name the admin by <see cref="Email"/>; or merely signed in for the MFA setup
/// and email verification endpoints, which must use only the account (<see cref="User"/>, <see cref="Actor"/>), never the
/// tenant's data, since such a session may still owe its MFA. The tenant accessors always mean the caller's own tenant,
/// never one named in the route.
/// </summary>
public sealed class SellerRequest(HttpContext http, IGrainFactory grains)
{
    public HttpContext Http { get; } = http;

    public IGrainFactory Grains { get; } = grains;

    public Guid TenantId => SessionClaims.TenantOf(Http.User);

    /// <summary>The account's key, as the audit log and the account's grain know it.</summary>
    public string Actor => SessionClaims.UserKeyOf(Http.User)!;

    /// <summary>The account's sign-in email, as an admin's actions name who acted.</summary>
    public string Email => Http.User.FindFirst(SessionClaims.Email)!.Value;

    public Guid? SessionId => SessionClaims.SessionIdOf(Http.User);

    public CancellationToken Aborted => Http.RequestAborted;

    public IUserGrain User => Grains.GetGrain<IUserGrain>(Actor);

    /// <summary>The seller's tenant grain in the role the handler needs.</summary>
    public TRole Tenant<TRole>()
        where TRole : ITenantRole => Grains.GetTenant<TRole>(TenantId);

    public ITenantMarketplaceDataGrain Ledger => Grains.GetTenantMarketplaceDataGrain(TenantId);

    public IMarketplaceConnectionGrain Connection(Guid connectionId) => Grains.GetConnectionGrain(TenantId, connectionId);

    public IProductProfitGrain Product(string marketplaceId, string sku) => Grains.GetProductGrain(TenantId, marketplaceId, sku);
}
