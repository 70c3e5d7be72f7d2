using Microsoft.Extensions.Logging.Abstractions;
using Sellmetrics.Data.Migrations;
using Sellmetrics.Testing;

namespace Sellmetrics.Data.Tests.Migrations;

public sealed class TemplateMigrationTests(TestPostgres postgres)
{
    private static readonly Migration CreateOrders = new(1, "orders", "CREATE TABLE orders (id text PRIMARY KEY);");
    private static readonly Migration AddTotal = new(2, "order_total", "ALTER TABLE orders ADD COLUMN total numeric(18,2);");

    [Fact]
    public async Task ATemplateMigratesEachSchemaMadeFromItForwardOnItsOwn()
    {
        await using var dataSource = await postgres.CreateDataSourceAsync();
        var runner = new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance);
        var cancellation = TestContext.Current.CancellationToken;

        await runner.ApplyAsync(new MigrationSet("template", [CreateOrders]), "tenant_a", cancellation);
        var appliedToA = await runner.ApplyAsync(new MigrationSet("template", [CreateOrders, AddTotal]), "tenant_a", cancellation);
        var appliedToB = await runner.ApplyAsync(new MigrationSet("template", [CreateOrders, AddTotal]), "tenant_b", cancellation);

        Assert.Equal([2], appliedToA.Select(m => m.Version));
        Assert.Equal([1, 2], appliedToB.Select(m => m.Version));
        var columns = await dataSource.ListAsync<string>(
            "SELECT table_schema || '.' || column_name FROM information_schema.columns WHERE table_name = 'orders' ORDER BY 1");
        Assert.Equal(["tenant_a.id", "tenant_a.total", "tenant_b.id", "tenant_b.total"], columns);
    }

    [Fact]
    public async Task AnAppliedMigrationThatWasEditedAfterwardsIsRefused()
    {
        await using var dataSource = await postgres.CreateDataSourceAsync();
        var runner = new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance);
        await runner.ApplyAsync(new MigrationSet("edited", [CreateOrders]), cancellationToken: TestContext.Current.CancellationToken);

        var edited = CreateOrders with { Sql = "CREATE TABLE orders (id bigint PRIMARY KEY);" };
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            runner.ApplyAsync(new MigrationSet("edited", [edited, AddTotal]), cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("changed after it was applied", error.Message, StringComparison.Ordinal);
        Assert.Empty(await dataSource.ListAsync<string>(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'total'"));
    }

    [Fact]
    public async Task ASchemaNameThatIsNotAPlainIdentifierIsRejectedBeforeTouchingTheDatabase()
    {
        await using var dataSource = await postgres.CreateDataSourceAsync();
        var runner = new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            runner.ApplyAsync(new MigrationSet("template", [CreateOrders]), "x\"; DROP SCHEMA public; --", TestContext.Current.CancellationToken));

        Assert.Equal(0L, await dataSource.ScalarAsync<long>("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'sellmetrics'"));
    }
}
