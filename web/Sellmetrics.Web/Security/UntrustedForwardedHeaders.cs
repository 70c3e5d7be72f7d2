using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Sellmetrics.Web.Security;

/// <summary>
/// With no <c>ForwardedHeaders:KnownProxies</c> or <c>KnownNetworks</c>, X-Forwarded-* headers are ignored, so behind a
/// proxy the app sees plain HTTP from the proxy's address: no HSTS, and cookies that follow the request's scheme go without
/// Secure. Says so once, at the first request that carries them.
/// </summary>
internal sealed partial class UntrustedForwardedHeaders(RequestDelegate next, ILogger<UntrustedForwardedHeaders> logger)
{
    private int _warned;

    public Task InvokeAsync(HttpContext http)
    {
        if (Volatile.Read(ref _warned) == 0
            && (http.Request.Headers.ContainsKey("X-Forwarded-For") || http.Request.Headers.ContainsKey("X-Forwarded-Proto"))
            && Interlocked.Exchange(ref _warned, 1) == 0)
        {
            LogUntrusted(logger);
        }

        return next(http);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Requests arrive with X-Forwarded-For/X-Forwarded-Proto, but ForwardedHeaders:KnownProxies and ForwardedHeaders:KnownNetworks are unset, so they are ignored: " +
        "the app sees plain HTTP from the proxy (no HSTS; cookies that follow the request's scheme are not Secure; sign-in throttling counts the proxy's address). Set the proxy's address.")]
    private static partial void LogUntrusted(ILogger logger);
}
