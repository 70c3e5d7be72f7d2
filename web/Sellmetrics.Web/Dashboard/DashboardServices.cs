using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sellmetrics.Web.Dashboard;

/// <summary>The live dashboard's SignalR hub, its per-silo observers and the generated hub contract module.</summary>
public static class DashboardServices
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddSignalR(hub =>
            {
                hub.EnableDetailedErrors = false;
                hub.AddFilter<HubInvocationLogging>();
            })
            .AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        // Hub method failures are logged by HubInvocationLogging, which tells a refused request from a server error.
        services.AddLogging(logging => logging.AddFilter(HubInvocationLogging.DispatcherCategory, LogLevel.Critical));
        services.AddSingleton<DashboardConnections>();
        services.AddHostedService<DashboardRenewal>();
        return services;
    }

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapHub<DashboardHub>(DashboardHub.Path, hub => hub.Transports = HttpTransportType.WebSockets | HttpTransportType.LongPolling);
        app.MapHubContract();
        return app;
    }
}
