using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Sellmetrics.Web.Connections;

/// <summary>Absolute addresses of this app built from configuration, never from the request's Host header, which the client chooses.</summary>
internal static class PublicAddress
{
    public static Uri Of(HttpContext http, string path)
    {
        var services = http.RequestServices;
        var root = services.GetRequiredService<IOptions<PublicAddressOptions>>().Value.PublicBaseUrl ?? Listening(services.GetRequiredService<IServer>());
        return new Uri(new Uri(root.ToString().TrimEnd('/') + "/"), path.TrimStart('/'));
    }

    // A local run: the first address the server listens on, a wildcard host made loopback.
    private static Uri Listening(IServer server)
    {
        var first = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost";
        var address = new UriBuilder(first.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal));
        if (address.Host is "0.0.0.0" or "[::]" or "::")
        {
            address.Host = "localhost";
        }

        return address.Uri;
    }
}
