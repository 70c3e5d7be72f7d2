using System.Net;
using Microsoft.AspNetCore.Http;

namespace Sellmetrics.Sandbox.Control;

/// <summary>
/// The control API answers only to a caller on this machine, and not through a proxy on it (a request carrying
/// <c>X-Forwarded-For</c> came from elsewhere); anyone else gets 404, as if there were no such route.
/// </summary>
internal sealed class LoopbackOnly : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        return IsLocal(http) ? next(context) : ValueTask.FromResult<object?>(TypedResults.NotFound());
    }

    internal static bool IsLocal(HttpContext http) =>
        http.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote) && !http.Request.Headers.ContainsKey("X-Forwarded-For");
}
