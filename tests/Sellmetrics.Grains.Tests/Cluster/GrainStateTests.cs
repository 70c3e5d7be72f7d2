using Sellmetrics.Grains.Tests.Probes;
using Sellmetrics.Testing;

namespace Sellmetrics.Grains.Tests.Cluster;

public sealed class GrainStateTests(TestPostgres postgres)
{
    [Fact]
    public async Task GrainStateSurvivesDeactivation()
    {
        await using var dataSource = await postgres.CreateMigratedDataSourceAsync();
        await using var cluster = await PostgresTestCluster.StartAsync(dataSource);
        var grain = cluster.Client.GetGrain<ICounterProbeGrain>("seller-1");
        await grain.AddAsync(5);
        await grain.AddAsync(7);

        await cluster.DeactivateAsync(grain);
        await cluster.WaitForDeactivationAsync(grain);

        Assert.Equal(12, await grain.GetAsync());
        Assert.Equal(1L, await dataSource.ScalarAsync<long>("SELECT count(*) FROM orleansstorage WHERE graintypestring = 'counterProbe'"));
    }

    [Fact]
    public async Task GrainStateSurvivesAFullSiloRestart()
    {
        await using var dataSource = await postgres.CreateMigratedDataSourceAsync();
        await using (var before = await PostgresTestCluster.StartAsync(dataSource))
        {
            await before.Client.GetGrain<ICounterProbeGrain>("seller-2").AddAsync(41);
        }

        await using var after = await PostgresTestCluster.StartAsync(dataSource);

        Assert.Equal(42, await after.Client.GetGrain<ICounterProbeGrain>("seller-2").AddAsync(1));
    }
}
