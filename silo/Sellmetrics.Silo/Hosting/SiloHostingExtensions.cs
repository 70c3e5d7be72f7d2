using System.Net;
using Microsoft.Extensions.Options;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;
using Sellmetrics.Grains;
using Sellmetrics.Silo.Health;
using Sellmetrics.Web.Health;

namespace Sellmetrics.Silo.Hosting;

public static class SiloHostingExtensions
{
    /// <summary>Hosts an Orleans silo in this web application, on the given PostgreSQL data source.</summary>
    public static WebApplicationBuilder AddSellmetricsSilo(this WebApplicationBuilder builder, NpgsqlDataSource dataSource)
    {
        builder.Services.AddOptions<OrleansHostOptions>()
            .BindConfiguration(OrleansHostOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<HostOptions>()
            .Configure<IOptions<OrleansHostOptions>>((host, orleans) => host.ShutdownTimeout = orleans.Value.ShutdownTimeout);

        builder.UseOrleans(silo =>
        {
            silo.UsePostgres(dataSource);
            silo.Services.AddSerializer(serializer => serializer.AddProfitTypes());
            silo.Services.AddOptions<ClusterOptions>().Configure<IOptions<OrleansHostOptions>>(ConfigureCluster);
            silo.Services.AddOptions<EndpointOptions>().Configure<IOptions<OrleansHostOptions>>(ConfigureEndpoints);
            silo.Services.AddOptions<ReminderOptions>()
                .Configure<IOptions<OrleansHostOptions>>((reminders, orleans) => reminders.MinimumReminderPeriod = orleans.Value.MinimumReminderPeriod);
        });

        builder.Services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("postgres", tags: [HealthTags.Ready])
            .AddCheck<SiloActiveHealthCheck>("silo", tags: [HealthTags.Ready]);
        return builder;
    }

    private static void ConfigureCluster(ClusterOptions cluster, IOptions<OrleansHostOptions> orleans)
    {
        cluster.ClusterId = orleans.Value.ClusterId;
        cluster.ServiceId = orleans.Value.ServiceId;
    }

    private static void ConfigureEndpoints(EndpointOptions endpoints, IOptions<OrleansHostOptions> orleans)
    {
        var options = orleans.Value;
        endpoints.SiloPort = options.SiloPort;
        endpoints.GatewayPort = options.GatewayPort;
        if (!string.IsNullOrEmpty(options.AdvertisedIPAddress))
        {
            endpoints.AdvertisedIPAddress = IPAddress.Parse(options.AdvertisedIPAddress);
        }

        if (options.ListenOnAnyHostAddress)
        {
            endpoints.SiloListeningEndpoint = new IPEndPoint(IPAddress.Any, options.SiloPort);
            endpoints.GatewayListeningEndpoint = options.GatewayPort == 0 ? null : new IPEndPoint(IPAddress.Any, options.GatewayPort);
        }
    }
}
