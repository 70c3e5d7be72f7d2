using Microsoft.AspNetCore.Http;
using Sellmetrics.Sandbox.Auth;
using Sellmetrics.Sandbox.Faults;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.RateLimiting;

namespace Sellmetrics.Sandbox.Amazon;

/// <summary>
/// What every SP-API call goes through: request id, injected faults, the <c>x-amz-access-token</c> check (403),
/// the operation's token bucket (429), and <c>x-amzn-RateLimit-Limit</c> on 20x, 400 and 404 answers.
/// </summary>
internal sealed class SpApiGate(SandboxTokens tokens, RateLimits limits, FaultInjector faults) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var limit = http.GetEndpoint()?.Metadata.GetMetadata<RateLimit>()
            ?? throw new InvalidOperationException("SP-API endpoints declare their RateLimit.");
        http.Response.Headers["x-amzn-RequestId"] = Guid.NewGuid().ToString();
        var (fault, delay) = faults.Draw();
        if (delay > 0)
        {
            await Task.Delay(delay, http.RequestAborted);
        }

        switch (fault)
        {
            case Fault.Throttle:
                return SpApiErrors.QuotaExceeded(http);
            case Fault.ServerError:
                return SpApiErrors.ServiceUnavailable(http);
        }

        var check = tokens.Amazon.Check(http.Request.Headers["x-amz-access-token"].ToString(), out var seller);
        if (check != AccessTokenCheck.Valid || seller is null)
        {
            return SpApiErrors.Unauthorized(http, check switch
            {
                AccessTokenCheck.Missing => "Access token is missing in the request header.",
                AccessTokenCheck.Expired => "The access token you provided has expired.",
                _ => "The access token you provided is revoked, malformed or invalid.",
            });
        }

        if (!limits.For(seller.SellerId, limit).TryTake(out _, out _))
        {
            return SpApiErrors.QuotaExceeded(http);
        }

        http.SetSeller(seller);
        http.Response.OnStarting(() =>
        {
            var status = http.Response.StatusCode;
            if (status is >= 200 and < 300 or 400 or 404)
            {
                http.Response.Headers["x-amzn-RateLimit-Limit"] = limit.HeaderValue;
            }

            return Task.CompletedTask;
        });
        var result = await next(context);
        return fault == Fault.Malformed ? MalformedBody.For("{\"payload\":") : result;
    }
}
