using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Sellmetrics.Web.Security;

/// <summary>
/// Guards cookie-authenticated API calls against cross-site requests: an unsafe request must come
/// from our own origin and carry the antiforgery token; safe API requests get a fresh token cookie. Hub requests
/// (the WebSocket handshake included) must come from our own origin.
/// </summary>
public static class CsrfProtection
{
    private const string HubsPath = "/hubs";

    public static IApplicationBuilder UseCsrfProtection(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.Request.Path.StartsWithSegments(HubsPath))
        {
            // A WebSocket handshake is a GET that carries the session cookie, so hubs check the origin on every request.
            if (IsCrossSite(http.Request))
            {
                await RefuseCrossSite(http);
                return;
            }

            await next(http);
            return;
        }

        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            await next(http);
            return;
        }

        var antiforgery = http.RequestServices.GetRequiredService<IAntiforgery>();
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        {
            XsrfCookie.Issue(http, antiforgery);
            await next(http);
            return;
        }

        if (IsCrossSite(http.Request))
        {
            await RefuseCrossSite(http);
            return;
        }

        // Only the header carries our token: without it, antiforgery would read a form body (of any size) to look for one.
        if (!http.Request.Headers.ContainsKey(XsrfCookie.HeaderName) || !await antiforgery.IsRequestValidAsync(http))
        {
            await Refuse(http, StatusCodes.Status400BadRequest, $"The {XsrfCookie.HeaderName} header is missing or does not match; fetch /api/auth/session and retry.");
            return;
        }

        await next(http);
    });

    private static bool IsCrossSite(HttpRequest request)
    {
        if (string.Equals(request.Headers["Sec-Fetch-Site"], "cross-site", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0
            && (!Uri.TryCreate(origin, UriKind.Absolute, out var originUri)
                || !string.Equals(originUri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }

    private static Task RefuseCrossSite(HttpContext http) =>
        Refuse(http, StatusCodes.Status403Forbidden, "Cross-site requests are not accepted.");

    private static Task Refuse(HttpContext http, int status, string title) =>
        TypedResults.Problem(title: title, statusCode: status).ExecuteAsync(http);
}
