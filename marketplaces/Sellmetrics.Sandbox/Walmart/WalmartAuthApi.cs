using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sellmetrics.Sandbox.Auth;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Walmart;

/// <summary>Walmart <c>POST /v3/token</c>: client credentials in Basic auth, required WM_* headers, 15-minute tokens.</summary>
internal static class WalmartAuthApi
{
    public static void MapWalmartAuthApi(this RouteGroupBuilder walmart) => walmart.MapPost("/v3/token", Token);

    private static async Task<IResult> Token(HttpContext http, SellerRegistry sellers, SandboxTokens tokens)
    {
        if (WalmartHeaders.MissingRequired(http.Request) is { } missing)
        {
            return missing;
        }

        var seller = Authenticate(http.Request.Headers.Authorization.ToString(), sellers);
        if (seller is null)
        {
            return WalmartErrors.Unauthorized("Invalid client credentials.");
        }

        var grantType = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(http.RequestAborted))["grant_type"].ToString() : string.Empty;
        if (grantType != "client_credentials")
        {
            return WalmartErrors.InvalidParam("grant_type", "grant_type must be client_credentials.");
        }

        return SandboxJson.Json(new { access_token = tokens.Walmart.Issue(seller), token_type = "Bearer", expires_in = tokens.Walmart.LifetimeSeconds });
    }

    private static Seller? Authenticate(string authorization, SellerRegistry sellers)
    {
        if (!authorization.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(authorization["Basic ".Length..].Trim()));
        }
        catch (FormatException)
        {
            return null;
        }

        var separator = decoded.IndexOf(':', StringComparison.Ordinal);
        var seller = separator < 0 ? null : sellers.FindByWalmartClient(decoded[..separator]);
        return seller is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.UTF8.GetBytes(seller.Credentials.WalmartClientSecret), Encoding.UTF8.GetBytes(decoded[(separator + 1)..]))
            ? seller
            : null;
    }
}
