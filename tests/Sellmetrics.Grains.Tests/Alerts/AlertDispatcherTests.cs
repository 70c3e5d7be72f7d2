using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Sellmetrics.Alerts.Conditions;
using Sellmetrics.Alerts.Rules;
using Sellmetrics.Data.Alerts;
using Sellmetrics.Data.Identity;
using Sellmetrics.Data.Migrations;
using Sellmetrics.Data.Tenants;
using Sellmetrics.Data.Webhooks;
using Sellmetrics.Grains.Alerts;
using Sellmetrics.Grains.Mail;
using Sellmetrics.Grains.Webhooks;
using Sellmetrics.Testing;

namespace Sellmetrics.Grains.Tests.Alerts;

public sealed class AlertDispatcherTests(TestPostgres postgres)
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task DueAlertsGoAsOneMailToEachVerifiedAddressAndOnePostEachOnceAndQuietOnesWaitForTheirTime()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var dataSource = await postgres.CreateMigratedDataSourceAsync();
        var tenantId = await TenantWithUsersAsync(dataSource, ("owner@shop.test", true), ("colleague@shop.test", true), ("unproven@shop.test", false));
        var database = new TenantDatabase(dataSource);
        var (rules, alerts, webhooks) = (new AlertRuleStore(database), new AlertStore(database), new AlertWebhookStore(database));
        await webhooks.SaveAsync(tenantId, new AlertWebhook("https://hooks.example/sellmetrics", Slack: true, "sealed", Noon), "owner@shop.test", ct);
        var now = new AlertRule(Guid.NewGuid(), AlertKind.LowStock, 14m, [], [], AlertChannels.Email | AlertChannels.Webhook, null, false);
        var quiet = now with { Id = Guid.NewGuid(), Channels = AlertChannels.Email, QuietHours = new QuietHours(new(11, 0), new(13, 0)) };
        foreach (var rule in new[] { now, quiet })
        {
            await rules.SaveAsync(tenantId, rule, isNew: true, "owner@shop.test", Noon, ct);
        }

        await alerts.RaiseConditionsAsync(tenantId, now, [new(AlertKind.LowStock, "MUG-01", true, "MUG-01: 3 units cover 2 days."), new(AlertKind.LowStock, "MUG-02", true, "MUG-02: 1 unit covers 1 day.")], Noon, TimeZoneInfo.Utc, ct);
        await alerts.RaiseConditionsAsync(tenantId, quiet, [new Observation(AlertKind.LowStock, "MUG-03", true, "MUG-03: 0 units.")], Noon, TimeZoneInfo.Utc, ct);
        var clock = new FakeTimeProvider(Noon);
        var dispatcher = new AlertDispatcher(
            alerts, webhooks, new TenantStore(dataSource), dataSource, new WebhookOutbox(dataSource), new MailOutboxSignal(), new WebhookOutboxSignal(),
            new FixedLinks(new Uri("https://app.example/")), clock);

        await dispatcher.DispatchDueAsync(tenantId, TimeZoneInfo.Utc, ct);
        await dispatcher.DispatchDueAsync(tenantId, TimeZoneInfo.Utc, ct);

        var mails = await RowsAsync(dataSource, "SELECT recipient, subject, body FROM sellmetrics.mail_outbox ORDER BY recipient");
        Assert.Equal(["colleague@shop.test", "owner@shop.test"], mails.Select(m => m[0]));
        Assert.All(mails, m => Assert.Equal("Sellmetrics: 2 alerts, first Low stock: MUG-01", m[1]));
        Assert.Contains("MUG-02: 1 unit covers 1 day.", mails[0][2], StringComparison.Ordinal);
        Assert.Contains("https://app.example/products.html?sku=MUG-01", mails[0][2], StringComparison.Ordinal);
        Assert.DoesNotContain("MUG-03", mails[0][2], StringComparison.Ordinal);
        var posts = await RowsAsync(dataSource, "SELECT url, body FROM sellmetrics.webhook_outbox ORDER BY id");
        Assert.Equal(2, posts.Count);
        Assert.All(posts, p => Assert.Equal("https://hooks.example/sellmetrics", p[0]));
        Assert.StartsWith("{\"text\":\"*Low stock: MUG-0", posts[0][1], StringComparison.Ordinal);

        clock.SetUtcNow(Noon.AddHours(1));
        await dispatcher.DispatchDueAsync(tenantId, TimeZoneInfo.Utc, ct);

        var later = await RowsAsync(dataSource, "SELECT subject FROM sellmetrics.mail_outbox WHERE subject NOT LIKE '%2 alerts%'");
        Assert.Equal(["Sellmetrics alert: Low stock: MUG-03", "Sellmetrics alert: Low stock: MUG-03"], later.Select(m => m[0]));
    }

    private static async Task<Guid> TenantWithUsersAsync(NpgsqlDataSource dataSource, params (string Email, bool Verified)[] users)
    {
        var tenantId = Guid.NewGuid();
        await new TenantProvisioner(dataSource, new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance), NullLogger<TenantProvisioner>.Instance)
            .MigrateAsync(tenantId, TestContext.Current.CancellationToken);
        var schema = new TenantSchema(tenantId);
        await dataSource.ScalarAsync<object>(
            "INSERT INTO identity.tenants (id, schema_name, role_name, status, created_at) VALUES (@id, @schema, @role, 'Active', now())",
            ("id", tenantId), ("schema", schema.SchemaName), ("role", schema.RoleName));
        foreach (var (email, verified) in users)
        {
            await dataSource.ScalarAsync<object>(
                """
                INSERT INTO identity.users (id, tenant_id, email, display_name, password_hash, adult_confirmed_at, created_at, email_verified_at)
                VALUES (gen_random_uuid(), @tenant, @email, 'Seller', 'x', now(), now(), CASE WHEN @verified THEN now() END)
                """,
                ("tenant", tenantId), ("email", email), ("verified", verified));
        }

        return tenantId;
    }

    private static async Task<List<string[]>> RowsAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<string[]>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        }

        return rows;
    }

    private sealed class FixedLinks(Uri baseUrl) : IPublicLinks
    {
        public Uri To(string pathAndFragment) => new(baseUrl, pathAndFragment.TrimStart('/'));
    }
}
