using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Grains.Connections;
using Sellmetrics.Grains.Dashboard;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Connections;

/// <summary>Marketplace connections: connect (credentials checked by a token exchange, and an Amazon seller id against its grant, first), disconnect, sync now, status.</summary>
public static class ConnectionsApi
{
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

    private static async Task<Ok<IEnumerable<ConnectionResponse>>> ListAsync([AsParameters] SellerRequest seller) =>
        TypedResults.Ok((await seller.Tenant<ITenantSettings>().ListConnectionsAsync()).Select(ConnectionResponse.From));

    // The request's fields were checked by the framework's validation (AmazonConnectRequest.Validate).
    private static async Task<Results<Ok<ConnectionResponse>, ValidationProblem, ProblemHttpResult>> ConnectAmazonAsync(
        AmazonConnectRequest request, [AsParameters] SellerRequest seller)
    {
        var marketplaceIds = request.Tracked();
        var region = ConnectionRules.OneRegion(marketplaceIds)!;
        var connect = new AmazonConnectionRequest(
            request.LwaClientId!, request.LwaClientSecret!, request.RefreshToken!, request.SellerId!.Trim(), marketplaceIds[0], region, request.MarketplaceIds);
        var existing = await seller.Tenant<ITenantSettings>().ListConnectionsAsync();
        return Answer(await seller.Connection(ConnectionKeys.ForAmazon(connect.SellerId, region, existing)).ConnectAmazonAsync(connect, seller.Actor));
    }

    private static async Task<Results<Ok<ConnectionResponse>, ValidationProblem, ProblemHttpResult>> ConnectWalmartAsync(
        WalmartConnectRequest request, [AsParameters] SellerRequest seller) =>
        Answer(await seller.Connection(ConnectionKeys.ForWalmart(request.ClientId!.Trim()))
            .ConnectWalmartAsync(new WalmartConnectionRequest(request.ClientId!, request.ClientSecret!), seller.Actor));

    private static async Task<Results<Ok<ConnectionResponse>, ValidationProblem, ProblemHttpResult, NotFound>> TrackMarketplacesAsync(
        Guid id, TrackMarketplacesRequest request, [AsParameters] SellerRequest seller)
    {
        var result = await seller.Connection(id).TrackMarketplacesAsync(request.MarketplaceIds!, seller.Actor);
        return result is null ? TypedResults.NotFound() : Answer(result).Result switch
        {
            Ok<ConnectionResponse> ok => ok,
            ProblemHttpResult problem => problem,
            var other => (ValidationProblem)other,
        };
    }

    private static async Task<Results<NoContent, NotFound>> DisconnectAsync(Guid id, [AsParameters] SellerRequest seller) =>
        await seller.Connection(id).DisconnectAsync(seller.Actor)
            ? TypedResults.NoContent()
            : TypedResults.NotFound();

    private static async Task<Results<Accepted<ConnectionResponse>, NotFound>> SyncNowAsync(Guid id, [AsParameters] SellerRequest seller) =>
        await seller.Connection(id).SyncNowAsync() is { } connection
            ? TypedResults.Accepted($"/api/connections", ConnectionResponse.From(connection))
            : TypedResults.NotFound();

    internal static Results<Ok<ConnectionResponse>, ValidationProblem, ProblemHttpResult> Answer(ConnectResult result) => result.Outcome switch
    {
        ConnectOutcome.Connected => TypedResults.Ok(ConnectionResponse.From(result.Connection!)),
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

    private static string Describe(string marketplaceId) =>
        MarketplaceTitles.Of(marketplaceId) is var title && title != marketplaceId ? $"{title} ({marketplaceId})" : marketplaceId;

}
