using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Faults;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Auth;

/// <summary>Login with Amazon: the token endpoint (refresh-token and authorization-code grants) and a consent page.</summary>
internal static class LwaApi
{
    private const string RevokedDescription =
        "The request has an invalid grant parameter : refresh_token. User may have revoked or didn't grant the permission.";

    public static RouteGroupBuilder MapLwaApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/amazon-auth");
        group.MapPost("/auth/o2/token", Token);
        group.MapGet("/apps/authorize/consent", Consent);
        return group;
    }

    private static async Task<IResult> Token(HttpContext http, SellerRegistry sellers, SandboxTokens tokens, FaultInjector faults)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (!http.Request.HasFormContentType)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "The request body must be application/x-www-form-urlencoded.");
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var grantType = form["grant_type"].ToString();
        var clientId = form["client_id"].ToString();
        var clientSecret = form["client_secret"].ToString();
        if (grantType.Length == 0)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "The request is missing a required parameter : grant_type.");
        }

        if (grantType is not ("refresh_token" or "authorization_code"))
        {
            return Error(StatusCodes.Status400BadRequest, "unsupported_grant_type", "The authorization grant type is not supported by the authorization server.");
        }

        if (clientId.Length == 0 || clientSecret.Length == 0)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "The request is missing a required parameter : client_id or client_secret.");
        }

        if (!ClientAuthenticates(sellers, tokens, clientId, clientSecret, register: grantType == "authorization_code"))
        {
            return Error(StatusCodes.Status401Unauthorized, "invalid_client", "Client authentication failed");
        }

        return grantType == "refresh_token"
            ? Refresh(form["refresh_token"].ToString(), sellers, tokens, faults)
            : Exchange(form["code"].ToString(), form["redirect_uri"].ToString(), tokens);
    }

    private static IResult Refresh(string refreshToken, SellerRegistry sellers, SandboxTokens tokens, FaultInjector faults)
    {
        if (refreshToken.Length == 0)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "The request is missing a required parameter : refresh_token.");
        }

        var seller = sellers.FindByRefreshToken(refreshToken);
        return seller is null || faults.IsRevoked(seller.SellerId)
            ? Error(StatusCodes.Status400BadRequest, "invalid_grant", RevokedDescription)
            : Granted(seller, tokens);
    }

    private static IResult Exchange(string code, string redirectUri, SandboxTokens tokens)
    {
        if (code.Length == 0 || redirectUri.Length == 0)
        {
            return Error(StatusCodes.Status400BadRequest, "invalid_request", "The request is missing a required parameter : code or redirect_uri.");
        }

        var seller = tokens.Codes.Redeem(code);
        return seller is null
            ? Error(StatusCodes.Status400BadRequest, "invalid_grant", "The request has an invalid grant parameter : code.")
            : Granted(seller, tokens);
    }

    private static IResult Granted(Seller seller, SandboxTokens tokens) => SandboxJson.Json(new
    {
        access_token = tokens.Amazon.Issue(seller),
        token_type = "bearer",
        expires_in = tokens.Amazon.LifetimeSeconds,
        refresh_token = seller.Credentials.RefreshToken,
    });

    private static IResult Consent(HttpContext http, SellerRegistry sellers, SandboxTokens tokens)
    {
        var query = http.Request.Query;
        var redirectUri = query["redirect_uri"].ToString();
        if (query["application_id"].ToString().Length == 0 || redirectUri.Length == 0 || !Uri.TryCreate(redirectUri, UriKind.Absolute, out _))
        {
            return TypedResults.BadRequest("application_id and an absolute redirect_uri are required by the sandbox consent page.");
        }

        var seller = query["selling_partner_id"].ToString() is { Length: > 0 } id ? sellers.Find(id) : sellers.Default;
        if (seller is null)
        {
            return TypedResults.NotFound();
        }

        var separator = redirectUri.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return TypedResults.Redirect(
            $"{redirectUri}{separator}state={Uri.EscapeDataString(query["state"].ToString())}" +
            $"&selling_partner_id={seller.SellerId}&spapi_oauth_code={tokens.Codes.Issue(seller)}");
    }

    private static bool ClientAuthenticates(SellerRegistry sellers, SandboxTokens tokens, string clientId, string secret, bool register)
    {
        if (sellers.FindByLwaClient(clientId) is { } seller)
        {
            return SameText(seller.Credentials.LwaClientSecret, secret);
        }

        if (tokens.AppClients.TryGetValue(clientId, out var known))
        {
            return SameText(known, secret);
        }

        return register && tokens.AppClients.TryAdd(clientId, secret);
    }

    private static bool SameText(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(a), Encoding.UTF8.GetBytes(b));

    private static IResult Error(int status, string error, string description) =>
        SandboxJson.Json(new { error, error_description = description }, status);
}
