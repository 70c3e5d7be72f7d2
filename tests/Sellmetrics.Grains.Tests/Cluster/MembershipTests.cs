using Sellmetrics.Grains.Tests.Probes;
using Sellmetrics.Testing;

namespace Sellmetrics.Grains.Tests.Cluster;

public sealed class MembershipTests(TestPostgres postgres)
{
    private const string ClusterId = "membership-test";
    private const int ActiveStatus = 3;

    [Fact]
    public async Task TwoSilosJoinThroughPostgresMembershipAndCallsRouteAcrossThem()
    {
        await using var dataSource = await postgres.CreateMigratedDataSourceAsync();
        await using var first = await PostgresSiloHost.StartAsync(dataSource, ClusterId);
        await using var second = await PostgresSiloHost.StartAsync(dataSource, ClusterId);

        var activeSilos = await dataSource.ScalarAsync<long>(
            "SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = @cluster AND status = @active",
            ("cluster", ClusterId), ("active", ActiveStatus));
        Assert.Equal(2L, activeSilos);

        // Randomly placed grains spread over both silos; one on each side then calls the other.
        var placements = new Dictionary<string, string>();
        for (var i = 0; i < 40 && placements.Values.Distinct().Count() < 2; i++)
        {
            var key = $"grain-{i}";
            placements[key] = await first.Grains.GetGrain<ISiloProbeGrain>(key).GetSiloAsync();
        }

        var (firstKey, firstSilo) = placements.First();
        var (otherKey, otherSilo) = placements.First(entry => entry.Value != firstSilo);
        var answeredFrom = await second.Grains.GetGrain<ISiloProbeGrain>(firstKey).GetSiloOfAsync(otherKey);

        Assert.NotEqual(firstSilo, otherSilo);
        Assert.Equal(otherSilo, answeredFrom);
    }
}
