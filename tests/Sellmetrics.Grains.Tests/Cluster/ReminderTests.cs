using Sellmetrics.Grains.Tests.Probes;
using Sellmetrics.Testing;

namespace Sellmetrics.Grains.Tests.Cluster;

public sealed class ReminderTests(TestPostgres postgres)
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AReminderFiresAndKeepsFiringAfterTheClusterRestarts()
    {
        await using var dataSource = await postgres.CreateMigratedDataSourceAsync();
        int ticksBeforeRestart;
        await using (var before = await PostgresTestCluster.StartAsync(dataSource))
        {
            var grain = before.Client.GetGrain<IReminderProbeGrain>("pull-orders");
            await grain.StartAsync(Period);
            ticksBeforeRestart = await WaitForTicksAsync(grain, atLeast: 2);
        }

        Assert.Equal(1L, await dataSource.ScalarAsync<long>("SELECT count(*) FROM orleansreminderstable WHERE grainid LIKE 'reminderprobe/%'"));

        await using var after = await PostgresTestCluster.StartAsync(dataSource);
        var restarted = after.Client.GetGrain<IReminderProbeGrain>("pull-orders");

        Assert.True(await WaitForTicksAsync(restarted, atLeast: ticksBeforeRestart + 2) >= ticksBeforeRestart + 2);
    }

    private static async Task<int> WaitForTicksAsync(IReminderProbeGrain grain, int atLeast)
    {
        var ticks = 0;
        await Eventually.HoldsAsync(
            async () => (ticks = await grain.GetTicksAsync()) >= atLeast, Patience, $"The reminder did not tick {atLeast} times.", TestContext.Current.CancellationToken);
        return ticks;
    }
}
