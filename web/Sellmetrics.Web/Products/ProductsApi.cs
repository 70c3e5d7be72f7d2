using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Facts.Costs;
using Sellmetrics.Grains.Tenants;
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

    private static Task<Results<Ok<IReadOnlyList<ProductProfitResponse>>, ValidationProblem>> ListAsync(
        [AsParameters] SellerRequest seller, string? from, string? to, string? marketplace) =>
        ReportQuery.AnswerAsync(from, to, marketplace, async range => ProductProfitResponse.From(await seller.Tenant<ITenantProfit>().GetProductsAsync(range, marketplace)));

    private static Task<Results<Ok<IEnumerable<ProductDayResponse>>, ValidationProblem>> ExplainAsync(
        string marketplaceId, string sku, [AsParameters] SellerRequest seller, string? from, string? to) =>
        ReportQuery.AnswerAsync(from, to, marketplaceId, async range => (await seller.Product(marketplaceId, Uri.UnescapeDataString(sku)).ExplainAsync(range)).Select(ProductDayResponse.From));

    private static async Task<Results<NoContent, ValidationProblem>> SetUnitCostAsync(
        string marketplaceId, string sku, UnitCostRequest request, [AsParameters] SellerRequest seller)
    {
        var decoded = Uri.UnescapeDataString(sku);
        var currency = request.Currency?.Trim().ToUpperInvariant();
        var errors = UnitCostRules.Validate(decoded, request.UnitCost, currency, request.EffectiveFrom);
        ReportQuery.CheckMarketplace(marketplaceId, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        await seller.Product(marketplaceId, decoded)
            .SetUnitCostAsync(new CogsEntry(decoded, request.UnitCost!.Value, currency!, request.EffectiveFrom!.Value), seller.Actor);
        return TypedResults.NoContent();
    }

    private static async Task<Results<Ok<UnitCostImportResponse>, ValidationProblem, ProblemHttpResult>> ImportUnitCostsAsync([AsParameters] SellerRequest seller)
    {
        var (csv, refusal) = await UnitCostUpload.ReadAsync(seller.Http);
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

        var stored = await seller.Tenant<ITenantCosts>().ImportUnitCostsAsync(lines, seller.Actor);
        return TypedResults.Ok(new UnitCostImportResponse(stored));
    }
}
