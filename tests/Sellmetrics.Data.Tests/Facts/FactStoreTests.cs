using Npgsql;
using Sellmetrics.Data.Facts;
using Sellmetrics.Facts;
using Sellmetrics.Testing;

namespace Sellmetrics.Data.Tests.Facts;

public sealed class FactStoreTests(TestPostgres postgres)
{
    private const string InsufficientPrivilege = "42501";

    [Fact]
    public async Task UpsertingTheSameBatchTwiceStoresItOnceAndReturnsNothingTheSecondTime()
    {
        await using var tenant = await Tenant.CreateAsync(postgres);
        var store = new FactStore(tenant.Database);
        var batch = FactSamples.Orders(50);

        var first = await store.UpsertAsync(tenant.Id, batch, cancellationToken: TestContext.Current.CancellationToken);
        var before = await CountsAsync(tenant);
        var second = await store.UpsertAsync(tenant.Id, batch, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(batch.Count, first.Count);
        Assert.Equal(0, second.Count);
        Assert.Equal(before, await CountsAsync(tenant));
        Assert.Equal(100, before["order_items"]);
    }

    [Fact]
    public async Task OnlyWhatChangedIsReturnedAndAnObservationTimeAloneIsNoChange()
    {
        await using var tenant = await Tenant.CreateAsync(postgres);
        var store = new FactStore(tenant.Database);
        var batch = FactSamples.Orders(3);
        await store.UpsertAsync(tenant.Id, batch, cancellationToken: TestContext.Current.CancellationToken);
        var cancelled = batch.Orders[1] with { Status = OrderStatus.Cancelled };
        var cheaper = batch.Fees[0] with { Amount = -5.50m };
        var later = batch.Inventory[0] with { ObservedAt = batch.Inventory[0].ObservedAt.AddHours(1) };

        var changed = await store.UpsertAsync(tenant.Id, batch with { Orders = [batch.Orders[0], cancelled], Fees = [cheaper, batch.Fees[1]], Inventory = [later] }, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([cancelled], changed.Orders);
        Assert.Equal([cheaper], changed.Fees);
        Assert.Empty(changed.Inventory);
        var reader = new FactReader(tenant.Database);
        var mug = await reader.LoadSkuAsync(tenant.Id, FactSamples.Us, "MUG-01", TestContext.Current.CancellationToken);
        Assert.Contains(cancelled, mug.Orders);
        Assert.Contains(cheaper, mug.Fees);
        Assert.Equal(batch.Items.Where(i => i.Sku == "MUG-01").ToHashSet(), mug.Items.ToHashSet());
        Assert.Equal(batch.Refunds.ToHashSet(), mug.Refunds.ToHashSet());
        Assert.Equal(batch.ServiceFees, (await reader.LoadTenantLevelAsync(tenant.Id, TestContext.Current.CancellationToken)).ServiceFees);
    }

    [Fact]
    public async Task BatchesOfSeveralMarketplacesAreStoredInOneCallAndEachOrderIsFoundUnderItsOwnMarketplace()
    {
        const string canada = "A2EUQ1WTGCTBG2";
        await using var tenant = await Tenant.CreateAsync(postgres);
        var us = FactSamples.Orders(2);
        var ca = FactSamples.Orders(2, first: 10) with { Marketplace = canada };

        var changed = await new FactStore(tenant.Database).UpsertAsync(tenant.Id, [us, ca], cancellationToken: TestContext.Current.CancellationToken);
        var found = await new FactReader(tenant.Database).MarketplacesOfOrdersAsync(
            tenant.Id, [us.Orders[0].OrderId, ca.Orders[1].OrderId, "999-0000000-0000000"], TestContext.Current.CancellationToken);

        Assert.Equal([(FactSamples.Us, us.Count), (canada, ca.Count)], changed.Select(b => (b.Marketplace, b.Count)));
        Assert.Equal(2, found.Count);
        Assert.Equal(FactSamples.Us, found[us.Orders[0].OrderId]);
        Assert.Equal(canada, found[ca.Orders[1].OrderId]);
    }

    [Fact]
    public async Task EveryFactTableIsDeniedToAnotherTenantsConnection()
    {
        await using var owner = await Tenant.CreateAsync(postgres);
        await new FactStore(owner.Database).UpsertAsync(owner.Id, FactSamples.Orders(2), cancellationToken: TestContext.Current.CancellationToken);
        var other = await owner.ProvisionAnotherAsync();

        foreach (var table in (await CountsAsync(owner)).Keys)
        {
            await using var session = await owner.Database.OpenAsync(other, TestContext.Current.CancellationToken);
            await using var command = session.CreateCommand($"SELECT count(*) FROM \"{owner.Schema}\".\"{table}\"");
            var denied = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteScalarAsync(TestContext.Current.CancellationToken));
            Assert.Equal(InsufficientPrivilege, denied.SqlState);
        }
    }

    [Fact]
    public async Task StorageThroughputIsMeasuredForNewAndRepeatedFacts()
    {
        await using var tenant = await Tenant.CreateAsync(postgres);
        var store = new FactStore(tenant.Database);
        var batches = Enumerable.Range(0, 40).Select(n => FactSamples.Orders(200, n * 200)).ToList();
        var rows = batches.Sum(b => b.Count);

        var fresh = await TimeAsync(() => batches.Select(b => store.UpsertAsync(tenant.Id, b, cancellationToken: TestContext.Current.CancellationToken)));
        var repeated = await TimeAsync(() => batches.Select(b => store.UpsertAsync(tenant.Id, b, cancellationToken: TestContext.Current.CancellationToken)));

        var report = $"storage: {rows} facts in {batches.Count} batches; new {rows / fresh.TotalSeconds:F0} rows/s ({fresh.TotalMilliseconds:F0} ms), "
            + $"repeated {rows / repeated.TotalSeconds:F0} rows/s ({repeated.TotalMilliseconds:F0} ms)";
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        await File.WriteAllTextAsync("storage-throughput.txt", report + Environment.NewLine, TestContext.Current.CancellationToken);
        Assert.Equal(8000L, (await CountsAsync(tenant))["orders"]);
    }

    private static async Task<TimeSpan> TimeAsync(Func<IEnumerable<Task<FactBatch>>> upserts)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        foreach (var upsert in upserts())
        {
            await upsert;
        }

        return clock.Elapsed;
    }

    private static async Task<Dictionary<string, long>> CountsAsync(Tenant tenant)
    {
        var tables = await tenant.DataSource.ListAsync<string>(
            "SELECT table_name::text FROM information_schema.tables WHERE table_schema = @schema AND table_name NOT IN ('audit_log', 'recurring_costs', 'marketplace_connections', 'sync_datasets', 'cogs')",
            ("schema", tenant.Schema));
        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            counts[table] = await tenant.DataSource.ScalarAsync<long>($"SELECT count(*) FROM \"{tenant.Schema}\".\"{table}\"");
        }

        return counts;
    }
}
