using Sellmetrics.Data.Connections;
using Sellmetrics.Data.Costs;
using Sellmetrics.Data.Tenants;
using Sellmetrics.Data.Tests.Facts;
using Sellmetrics.Facts.Costs;
using Sellmetrics.Testing;

namespace Sellmetrics.Data.Tests.Tenants;

public sealed class AuditLogTests(TestPostgres postgres)
{
    [Fact]
    public async Task EveryStoreWritesItsAuditEntryWithTheOneValueItIsAboutAsDetail()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var tenant = await Tenant.CreateAsync(postgres);
        var at = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);
        var (connectionId, costId) = (Guid.NewGuid(), Guid.NewGuid());
        var connections = new ConnectionStore(tenant.Database);

        await new AuditLog(tenant.Database).WriteAsync(tenant.Id, "user:1", "settings.time-zone", at, cancellationToken);
        await new CogsStore(tenant.Database).ImportAsync(
            tenant.Id,
            [new("WALMART_US", new CogsEntry("MUG-1", 4.5m, "USD", new(2026, 1, 1))), new("WALMART_US", new CogsEntry("LAMP-1", 12m, "USD", new(2026, 1, 1)))],
            "user:1", at, cancellationToken);
        await new RecurringCostStore(tenant.Database).SaveAsync(
            tenant.Id, new RecurringCost(costId, "Rent", "office", 100m, "USD", CostFrequency.Monthly, new(2026, 1, 1)), isNew: true, "user:1", at, cancellationToken);
        await connections.SaveAsync(
            tenant.Id, new ConnectionRow(connectionId, "walmart", "WALMART_US", "seller-1", null, "sealed", "active", at, at, ["WALMART_US"], ["WALMART_US"]),
            "user:1", at, cancellationToken);
        await connections.DeleteAsync(tenant.Id, connectionId, "user:1", at, cancellationToken);

        var entries = await tenant.DataSource.ListAsync<string>(
            $"SELECT concat_ws(' ', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI'), actor, action, detail::text) FROM \"{tenant.Schema}\".audit_log ORDER BY id");
        Assert.Equal(
            [
                "2026-12-01 09:30 user:1 settings.time-zone",
                """2026-12-01 09:30 user:1 cogs.imported {"entries": 2}""",
                $$"""2026-12-01 09:30 user:1 recurring-cost.created {"recurringCostId": "{{costId}}"}""",
                $$"""2026-12-01 09:30 user:1 connection.connected {"connectionId": "{{connectionId}}"}""",
                $$"""2026-12-01 09:30 user:1 connection.disconnected {"connectionId": "{{connectionId}}"}""",
            ],
            entries);
    }
}
