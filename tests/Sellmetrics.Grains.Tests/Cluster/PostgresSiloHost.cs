using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;
using Sellmetrics.Silo.Hosting;
using Sellmetrics.Testing;

namespace Sellmetrics.Grains.Tests.Cluster;

/// <summary>
/// A real silo host on loopback TCP, clustered through the PostgreSQL membership table exactly
/// as production silos are; several of them in one test form one cluster.
/// </summary>
internal sealed class PostgresSiloHost(IHost host) : IAsyncDisposable
{
    public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

    public static async Task<PostgresSiloHost> StartAsync(NpgsqlDataSource dataSource, string clusterId)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo =>
        {
            silo.UsePostgres(dataSource);
            silo.Services.AddSerializer(serializer => serializer.AddProfitTypes());
            silo.Configure<ClusterOptions>(cluster =>
            {
                cluster.ClusterId = clusterId;
                cluster.ServiceId = clusterId;
            });
            silo.ConfigureEndpoints(IPAddress.Loopback, LoopbackPort.Free(), LoopbackPort.Free());
        });

        var host = builder.Build();
        await host.StartAsync();
        return new PostgresSiloHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await host.StopAsync();
        host.Dispose();
    }
}
