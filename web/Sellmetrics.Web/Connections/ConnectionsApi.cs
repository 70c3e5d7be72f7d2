using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Connections;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Rules;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Connections;

/// <summary>Marketplace connections: connect (credentials checked by a token exchange, and an Amazon seller id against its grant, first), disconnect, sync now, status.</summary>
public static class ConnectionsApi
{
    private const int MaxCredentialLength = 2048;
    private const int MaxMarketplaces = 25;

    public static RouteGroupBuilder MapConnectionsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/connections").WithTags("Connections").RequireAuthorization(Policies.Seller);
        group.MapGet("/", ListAsync);
        group.MapPut("/amazon", ConnectAmazonAsync);
        group.MapPut("/walmart", ConnectWalmartAsync);
        group.MapPut("/{id:guid}/marketplaces", TrackMarketplacesAsync);
        group.MapDelete("/{id:guid}", DisconnectAsync);
        group.MapPost("/{id:guid}/sync", SyncNowAsync);
        group.MapAmazonAuthorization();
        return group;
    }

    private static async Task<Ok<IReadOnlyList<ConnectionSnapshot>>> ListAsync(HttpContext http, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetTenant<ITenantSettings>(SessionClaims.TenantOf(http.User)).ListConnectionsAsync());

    private static async Task<Results<Ok<ConnectionSnapshot>, ValidationProblem, ProblemHttpResult>> ConnectAmazonAsync(
        AmazonConnectRequest request, HttpContext http, IGrainFactory grains)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "lwaClientId", request.LwaClientId);
        Require(errors, "lwaClientSecret", request.LwaClientSecret);
        Require(errors, "refreshToken", request.RefreshToken);
        Require(errors, "sellerId", request.SellerId);
        if (!errors.ContainsKey("sellerId") && !MarketplaceAccountIds.IsAmazonSellerId(request.SellerId!.Trim()))
        {
            errors["sellerId"] = [MarketplaceAccountIds.AmazonSellerIdRule];
        }

        var field = request.MarketplaceIds is null ? "marketplaceId" : "marketplaceIds";
        var marketplaceIds = request.MarketplaceIds ?? [request.MarketplaceId ?? AmazonMarketplaces.UnitedStates];
        if (OneRegion(marketplaceIds) is not { } region)
        {
            errors[field] = [$"One to {MaxMarketplaces} ids of Amazon marketplaces, all of one region."];
        }
        else if (errors.Count == 0)
        {
            var connect = new AmazonConnectionRequest(
                request.LwaClientId!, request.LwaClientSecret!, request.RefreshToken!, request.SellerId!.Trim(), marketplaceIds[0], region, request.MarketplaceIds);
            var tenantId = SessionClaims.TenantOf(http.User);
            var existing = await grains.GetTenant<ITenantSettings>(tenantId).ListConnectionsAsync();
            return Answer(await grains.GetConnectionGrain(tenantId, ConnectionKeys.ForAmazon(connect.SellerId, region, existing))
                .ConnectAmazonAsync(connect, SessionClaims.UserKeyOf(http.User)!));
        }

        return TypedResults.ValidationProblem(errors);
    }

    private static async Task<Results<Ok<ConnectionSnapshot>, ValidationProblem, ProblemHttpResult>> ConnectWalmartAsync(
        WalmartConnectRequest request, HttpContext http, IGrainFactory grains)
    {
        var errors = new Dictionary<string, string[]>();
        Require(errors, "clientId", request.ClientId);
        Require(errors, "clientSecret", request.ClientSecret);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var tenantId = SessionClaims.TenantOf(http.User);
        return Answer(await grains.GetConnectionGrain(tenantId, ConnectionKeys.ForWalmart(request.ClientId!.Trim()))
            .ConnectWalmartAsync(new WalmartConnectionRequest(request.ClientId!, request.ClientSecret!), SessionClaims.UserKeyOf(http.User)!));
    }

    private static async Task<Results<Ok<ConnectionSnapshot>, ValidationProblem, ProblemHttpResult, NotFound>> TrackMarketplacesAsync(
        Guid id, TrackMarketplacesRequest request, HttpContext http, IGrainFactory grains)
    {
        if (request.MarketplaceIds is not { } ids || OneRegion(ids) is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["marketplaceIds"] = [$"One to {MaxMarketplaces} ids of Amazon marketplaces, all of one region."] });
        }

        var result = await grains.GetConnectionGrain(SessionClaims.TenantOf(http.User), id).TrackMarketplacesAsync(ids, SessionClaims.UserKeyOf(http.User)!);
        return result is null ? TypedResults.NotFound() : Answer(result).Result switch
        {
            Ok<ConnectionSnapshot> ok => ok,
            ProblemHttpResult problem => problem,
            var other => (ValidationProblem)other,
        };
    }

    private static async Task<Results<NoContent, NotFound>> DisconnectAsync(Guid id, HttpContext http, IGrainFactory grains) =>
        await grains.GetConnectionGrain(SessionClaims.TenantOf(http.User), id).DisconnectAsync(SessionClaims.UserKeyOf(http.User)!)
            ? TypedResults.NoContent()
            : TypedResults.NotFound();

    private static async Task<Results<Accepted<ConnectionSnapshot>, NotFound>> SyncNowAsync(Guid id, HttpContext http, IGrainFactory grains) =>
        await grains.GetConnectionGrain(SessionClaims.TenantOf(http.User), id).SyncNowAsync() is { } connection
            ? TypedResults.Accepted($"/api/connections", connection)
            : TypedResults.NotFound();

    internal static Results<Ok<ConnectionSnapshot>, ValidationProblem, ProblemHttpResult> Answer(ConnectResult result) => result.Outcome switch
    {
        ConnectOutcome.Connected => TypedResults.Ok(result.Connection!),
        ConnectOutcome.InvalidCredentials => TypedResults.Problem(
            title: "The marketplace refused these credentials.", detail: "Nothing was stored. Check them and connect again.",
            statusCode: StatusCodes.Status422UnprocessableEntity),
        ConnectOutcome.AccountMismatch => TypedResults.Problem(
            title: "These credentials are not for this seller account.",
            detail: "Amazon refused them for the seller id or marketplace given. Nothing was stored. Enter the Merchant Token of the account that authorized them.",
            statusCode: StatusCodes.Status422UnprocessableEntity),
        ConnectOutcome.NotParticipating => TypedResults.Problem(
            title: "The seller does not sell in every marketplace asked for.",
            detail: $"Amazon lists no participation of this seller in {string.Join(", ", (result.Refused ?? []).Select(Describe))}. Nothing was changed.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["marketplaceIds"] = result.Refused ?? [] }),
        _ => TypedResults.Problem(
            title: "The marketplace could not be reached.", detail: "Nothing was stored. Try again in a few minutes.",
            statusCode: StatusCodes.Status502BadGateway),
    };

    // The region all the ids are of; null when one is not an Amazon marketplace, or they span regions.
    private static string? OneRegion(IReadOnlyList<string?> marketplaceIds)
    {
        var regions = marketplaceIds.Select(AmazonMarketplaces.RegionOf).Distinct(StringComparer.Ordinal).ToList();
        return marketplaceIds.Count is > 0 and <= MaxMarketplaces && regions is [{ } region] ? region : null;
    }

    private static string Describe(string marketplaceId) =>
        AmazonMarketplaces.Find(marketplaceId) is { } marketplace ? $"{marketplace.Storefront} ({marketplaceId})" : marketplaceId;

    private static void Require(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = ["Required."];
        }
        else if (value.Length > MaxCredentialLength)
        {
            errors[field] = [$"At most {MaxCredentialLength} characters."];
        }
        else if (!MarketplaceAccountIds.IsCredential(value.Trim()))
        {
            errors[field] = [MarketplaceAccountIds.CredentialRule];
        }
    }
}
