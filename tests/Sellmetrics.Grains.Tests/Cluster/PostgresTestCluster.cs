using Npgsql;
using Orleans.Serialization;
using Orleans.TestingHost;
using Sellmetrics.Silo.Hosting;

namespace Sellmetrics.Grains.Tests.Cluster;

/// <summary>
/// An in-process Orleans cluster whose grain storage and reminders are the silo's own ADO.NET
/// providers on a real PostgreSQL database, with reminders allowed down to one second.
/// (InProcessTestCluster keeps its own membership table; <see cref="PostgresSiloHost"/> covers
/// membership through PostgreSQL with real silos.)
/// </summary>
internal static class PostgresTestCluster
{
    public const string ServiceId = "sellmetrics-test";

    public static async Task<InProcessTestCluster> StartAsync(NpgsqlDataSource dataSource)
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.Options.ServiceId = ServiceId;
        builder.ConfigureSilo((_, silo) =>
        {
            silo.UsePostgres(dataSource);
            silo.Services.AddSerializer(serializer => serializer.AddProfitTypes());
            silo.Configure<ReminderOptions>(reminders => reminders.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        });

        builder.ConfigureClient(client => client.Services.AddSerializer(serializer => serializer.AddProfitTypes()));
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
