using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Sellmetrics.Sandbox.Auth;
using Sellmetrics.Sandbox.Faults;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.RateLimiting;

namespace Sellmetrics.Sandbox.Walmart;

/// <summary>
/// What every Walmart data call goes through: injected faults, the required <c>WM_*</c> headers (400), the
/// <c>WM_SEC.ACCESS_TOKEN</c> check (401), the operation's bucket (429 with <c>Retry-After</c>), and the
/// <c>X-Current-Token-Count</c> / <c>X-Next-Replenishment-Time</c> usage headers.
/// </summary>
internal sealed class WalmartGate(SandboxTokens tokens, RateLimits limits, FaultInjector faults, SandboxClock clock, IOptions<SandboxOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var operation = http.GetEndpoint()?.Metadata.GetMetadata<WalmartOperation>()
            ?? throw new InvalidOperationException("Walmart endpoints declare their WalmartOperation.");
        var (fault, delay) = faults.Draw();
        if (delay > 0)
        {
            await Task.Delay(delay, http.RequestAborted);
        }

        if (WalmartHeaders.MissingRequired(http.Request) is { } missing)
        {
            return missing;
        }

        var check = tokens.Walmart.Check(http.Request.Headers[WalmartHeaders.AccessToken].ToString(), out var seller);
        if (check != AccessTokenCheck.Valid || seller is null)
        {
            return WalmartErrors.Unauthorized(check == AccessTokenCheck.Expired ? "The access token has expired." : "Unauthorized access token.");
        }

        var limit = new RateLimit("walmart:" + operation.Name, options.Value.WalmartRequestsPerSecond, options.Value.WalmartBurst);
        var taken = limits.For(seller.SellerId, limit).TryTake(out var remaining, out var nextToken);
        http.Response.Headers["X-Current-Token-Count"] = remaining.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers["X-Next-Replenishment-Time"] = nextToken.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        if (!taken || fault == Fault.Throttle)
        {
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling((nextToken - clock.UtcNow).TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            return WalmartErrors.Throttled();
        }

        if (fault == Fault.ServerError)
        {
            return WalmartErrors.SystemError();
        }

        http.SetSeller(seller);
        var result = await next(context);
        return fault == Fault.Malformed ? MalformedBody.For("{\"list\":") : result;
    }
}
