using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Facts.Costs;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Profit;
using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Totals;
using Sellmetrics.Web.Auth;
using Sellmetrics.Web.Profit;

namespace Sellmetrics.Web.Products;

/// <summary>Profit per product, the lines behind a product's days, and unit costs (one by one, or a CSV of them).</summary>
public static class ProductsApi
{
    public static RouteGroupBuilder MapProductsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/products").WithTags("Products").RequireAuthorization(Policies.Seller);
        group.MapGet("/", ListAsync);
        group.MapGet("/{marketplaceId}/{sku}/days", ExplainAsync);
        group.MapPut("/{marketplaceId}/{sku}/cogs", SetUnitCostAsync);
        group.MapPost("/cogs", ImportUnitCostsAsync).DisableAntiforgery();
        return group;
    }

    private static Task<Results<Ok<IReadOnlyList<ProductProfitRow>>, ValidationProblem>> ListAsync(
        HttpContext http, IGrainFactory grains, string? from, string? to, string? marketplace) =>
        ReportQuery.AnswerAsync(from, to, marketplace, range => grains.GetTenant<ITenantProfit>(SessionClaims.TenantOf(http.User)).GetProductsAsync(range, marketplace));

    private static Task<Results<Ok<ValueList<DailyBucket>>, ValidationProblem>> ExplainAsync(
        string marketplaceId, string sku, HttpContext http, IGrainFactory grains, string? from, string? to) =>
        ReportQuery.AnswerAsync(from, to, marketplaceId, range =>
            grains.GetProductGrain(SessionClaims.TenantOf(http.User), marketplaceId, Uri.UnescapeDataString(sku)).ExplainAsync(range));

    private static async Task<Results<NoContent, ValidationProblem>> SetUnitCostAsync(
        string marketplaceId, string sku, UnitCostRequest request, HttpContext http, IGrainFactory grains)
    {
        var decoded = Uri.UnescapeDataString(sku);
        var currency = request.Currency?.Trim().ToUpperInvariant();
        var errors = UnitCostRules.Validate(decoded, request.UnitCost, currency, request.EffectiveFrom);
        ReportQuery.CheckMarketplace(marketplaceId, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await grains.GetProductGrain(SessionClaims.TenantOf(http.User), marketplaceId, decoded)
            .SetUnitCostAsync(new CogsEntry(decoded, request.UnitCost!.Value, currency!, request.EffectiveFrom!.Value), SessionClaims.UserKeyOf(http.User)!);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<UnitCostImportResponse>, ValidationProblem, ProblemHttpResult>> ImportUnitCostsAsync(HttpContext http, IGrainFactory grains)
    {
        var (csv, refusal) = await UnitCostUpload.ReadAsync(http);
        if (refusal is not null)
        {
            return refusal;
        }

        using var text = new StreamReader(csv!);
        var (lines, errors) = UnitCostCsv.Read(text);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Nothing was imported: fix these rows and upload the file again.");
        }

        var stored = await grains.GetTenant<ITenantCosts>(SessionClaims.TenantOf(http.User)).ImportUnitCostsAsync(lines, SessionClaims.UserKeyOf(http.User)!);
        return TypedResults.Ok(new UnitCostImportResponse(stored));
    }
}
