using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Amazon;
using Sellmetrics.Sandbox.Amazon.Catalog;
using Sellmetrics.Sandbox.Amazon.Finances;
using Sellmetrics.Sandbox.Amazon.Inventory;
using Sellmetrics.Sandbox.Amazon.Orders;
using Sellmetrics.Sandbox.Amazon.Participations;
using Sellmetrics.Sandbox.Amazon.Pricing;
using Sellmetrics.Sandbox.Amazon.Reports;
using Sellmetrics.Sandbox.Auth;
using Sellmetrics.Sandbox.Control;
using Sellmetrics.Sandbox.Walmart;

namespace Sellmetrics.Sandbox;

/// <summary>Maps the marketplace sandbox's endpoints.</summary>
public static class SandboxEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the sandbox: SP-API under <c>/sandbox/amazon</c> (base URL for the SP-API client), Login with Amazon
    /// under <c>/sandbox/amazon-auth</c> (token URL <c>/sandbox/amazon-auth/auth/o2/token</c>, consent page
    /// <c>/sandbox/amazon-auth/apps/authorize/consent</c>), report documents under <c>/sandbox/amazon-documents</c>,
    /// Walmart under <c>/sandbox/walmart</c> (token URL <c>/sandbox/walmart/v3/token</c>), and the control API under
    /// <c>/sandbox/control</c>:
    /// <list type="bullet">
    /// <item><c>POST /sellers {seed, region?}</c> → <see cref="Sellers.SellerCredentials"/> (same seed and region, same seller; region
    /// <c>NA</c> by default, <c>EU</c> for one seller in Amazon.de, .fr, .it, .es and .co.uk);</item>
    /// <item><c>POST /sellers/scripted</c> with a <see cref="Scripting.ScriptedSellerRequest"/> → <see cref="Sellers.SellerCredentials"/> of a
    /// seller that has exactly the scripted products, orders and events (400 validation problem for a bad script, 409 for another script under a used seed);</item>
    /// <item><c>GET /sellers/default</c> → the credentials of the <c>Sandbox:Seed</c> seller;</item>
    /// <item><c>POST /sellers/{sellerId}/orders [{sku, quantity}]</c> → <see cref="Control.CreatedOrderResponse"/> (an Amazon order now);</item>
    /// <item><c>POST /sellers/{sellerId}/walmart-orders</c> → <see cref="Control.CreatedWalmartOrderResponse"/> (a Walmart order now);</item>
    /// <item><c>POST /sellers/{sellerId}/revoke</c> → 204; its refresh token then gets <c>invalid_grant</c> and its access tokens 403;</item>
    /// <item><c>GET|POST|DELETE /faults</c> with a <see cref="SandboxFaultOptions"/> body → the faults in force.</item>
    /// </list>
    /// </summary>
    public static IEndpointRouteBuilder MapMarketplaceSandbox(this IEndpointRouteBuilder routes)
    {
        // The sandbox stands in for Amazon and Walmart: it does its own authentication, never the host's.
        var sandbox = routes.MapGroup("/sandbox").AllowAnonymous().ExcludeFromDescription();
        sandbox.MapLwaApi();
        var spApi = sandbox.MapGroup("/amazon").AddEndpointFilter<SpApiGate>();
        spApi.MapOrdersApi();
        spApi.MapFinancesApi();
        spApi.MapReportsApi();
        spApi.MapInventoryApi();
        spApi.MapCatalogApi();
        spApi.MapCatalogSearchApi();
        spApi.MapListingsApi();
        spApi.MapPricingApi();
        spApi.MapSellersApi();
        sandbox.MapReportDocuments();
        sandbox.MapWalmartApi();
        sandbox.MapControlApi();
        return routes;
    }
}
