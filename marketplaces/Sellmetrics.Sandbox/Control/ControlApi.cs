using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Faults;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Listings;
using Sellmetrics.Sandbox.Scripting;
using Sellmetrics.Sandbox.Sellers;
using Sellmetrics.Sandbox.Truth;

namespace Sellmetrics.Sandbox.Control;

/// <summary>The sandbox-only control API under <c>/sandbox/control</c> (JSON, camelCase), for callers on this machine only.</summary>
internal static class ControlApi
{
    public static RouteGroupBuilder MapControlApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/control").AddEndpointFilter<LoopbackOnly>();
        group.MapPost("/sellers", CreateSeller);
        group.MapPost("/sellers/scripted", CreateScriptedSeller);
        group.MapGet("/sellers/default", DefaultSeller);
        group.MapPost("/sellers/{sellerId}/orders", CreateOrder);
        group.MapPost("/sellers/{sellerId}/walmart-orders", CreateWalmartOrder);
        group.MapPost("/sellers/{sellerId}/revoke", Revoke);
        group.MapGet("/sellers/{sellerId}/truth", TruthEndpoint.Get);
        group.MapGet("/sellers/{sellerId}/truth/traffic", TrafficTruthEndpoint.Get);
        group.MapGet("/sellers/{sellerId}/listings", ListingsControl.List);
        group.MapGet("/sellers/{sellerId}/listings/changes", ListingsControl.Changes);
        group.MapPost("/sellers/{sellerId}/listings/{sku}/changes", ListingsControl.Change);
        group.MapGet("/sellers/{sellerId}/settlements", SettlementTruth.List);
        group.MapGet("/sellers/{sellerId}/walmart-settlements", WalmartSettlementTruth.List);
        group.MapGet("/faults", CurrentFaults);
        group.MapPost("/faults", InjectFaults);
        group.MapDelete("/faults", ClearFaults);
        return group;
    }

    private static Results<Ok<SellerCredentials>, ValidationProblem> CreateSeller(CreateSellerRequest request, SellerRegistry sellers)
    {
        if (request.Seed < 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["seed"] = ["The seed must not be negative."] });
        }

        return SellingRegion.Find(request.Region) is { } region
            ? TypedResults.Ok(sellers.Create(request.Seed, region).Credentials)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["region"] = ["The region must be NA or EU."] });
    }

    private static Results<Ok<SellerCredentials>, ValidationProblem, ProblemHttpResult> CreateScriptedSeller(
        ScriptedSellerRequest request, SellerRegistry sellers, SandboxClock clock)
    {
        var errors = new ScriptErrors();
        if (SellerScriptCompiler.Compile(request, clock.UtcNow, errors) is not { } seller)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary());
        }

        return sellers.RegisterScripted(seller) is { } registered
            ? TypedResults.Ok(registered.Credentials)
            : TypedResults.Problem("A seller with this seed was already scripted differently; use another seed.", statusCode: StatusCodes.Status409Conflict);
    }

    private static Ok<SellerCredentials> DefaultSeller(SellerRegistry sellers) => TypedResults.Ok(sellers.Default.Credentials);

    private static Results<Ok<CreatedOrderResponse>, NotFound, ValidationProblem> CreateOrder(
        string sellerId, CreateOrderRequest? request, SellerRegistry sellers, LiveOrders live)
    {
        if (sellers.Find(sellerId) is not { } seller)
        {
            return TypedResults.NotFound();
        }

        var product = request?.Sku is { } sku ? seller.Catalog.FindBySku(sku) : null;
        if (request?.Sku is not null && product is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["sku"] = ["The seller has no such SKU."] });
        }

        if (request?.Quantity is < 1 or > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["quantity"] = ["The quantity must be between 1 and 100."] });
        }

        if (request?.PlacedSecondsAgo is < 0 or > 3600)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["placedSecondsAgo"] = ["An order is placed between 0 and 3600 seconds ago."] });
        }

        var marketplace = request?.MarketplaceId is { } id ? seller.Region.ListedIn(id) : null;
        if (request?.MarketplaceId is not null && marketplace is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["marketplaceId"] = ["The seller does not sell in this marketplace."] });
        }

        var order = live.Create(seller, product, request?.Quantity, TimeSpan.FromSeconds(request?.PlacedSecondsAgo ?? 0), marketplace);
        return TypedResults.Ok(new CreatedOrderResponse(order.AmazonOrderId, order.PurchaseDate, order.Marketplace.Id));
    }

    private static Results<Ok<CreatedWalmartOrderResponse>, NotFound> CreateWalmartOrder(string sellerId, SellerRegistry sellers, LiveOrders live)
    {
        if (sellers.Find(sellerId) is not { } seller)
        {
            return TypedResults.NotFound();
        }

        var order = live.CreateWalmart(seller);
        return TypedResults.Ok(new CreatedWalmartOrderResponse(order.PurchaseOrderId, order.OrderDate));
    }

    private static Results<NoContent, NotFound> Revoke(string sellerId, SellerRegistry sellers, FaultInjector faults)
    {
        if (sellers.Find(sellerId) is null)
        {
            return TypedResults.NotFound();
        }

        faults.Revoke(sellerId);
        return TypedResults.NoContent();
    }

    private static Ok<SandboxFaultOptions> CurrentFaults(FaultInjector faults) => TypedResults.Ok(faults.Current);

    private static Results<Ok<SandboxFaultOptions>, ValidationProblem> InjectFaults(SandboxFaultOptions settings, FaultInjector faults)
    {
        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(settings, new ValidationContext(settings), errors, validateAllProperties: true))
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(e => e.MemberNames.FirstOrDefault() ?? string.Empty, e => new[] { e.ErrorMessage ?? "invalid" }));
        }

        faults.Replace(settings);
        return TypedResults.Ok(faults.Current);
    }

    private static NoContent ClearFaults(FaultInjector faults)
    {
        faults.Replace(new SandboxFaultOptions());
        return TypedResults.NoContent();
    }
}
