using Sellmetrics.Alerts.Conditions;
using Sellmetrics.Alerts.Rules;
using Sellmetrics.Data.Alerts;
using Sellmetrics.Data.Tests.Facts;
using Sellmetrics.Testing;

namespace Sellmetrics.Data.Tests.Alerts;

public sealed class AlertStoreTests(TestPostgres postgres)
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

    private static AlertRule LowStock(AlertChannels channels, QuietHours? quiet = null, bool digest = false) =>
        new(Guid.NewGuid(), AlertKind.LowStock, 14m, [], [], channels, quiet, digest);

    private static Observation Low(string sku, bool holds) => new(AlertKind.LowStock, sku, holds, $"{sku}: 3 units cover 2 days.");

    [Fact]
    public async Task AConditionAlertsOnceUntilItClearsAcrossChecksAndAfterARuleChangeAgain()
    {
        await using var tenant = await Tenant.CreateAsync(postgres);
        var (rules, alerts) = (new AlertRuleStore(tenant.Database), new AlertStore(tenant.Database));
        var ct = TestContext.Current.CancellationToken;
        var rule = LowStock(AlertChannels.InApp);
        await rules.SaveAsync(tenant.Id, rule, isNew: true, "seller@shop.test", Noon, ct);

        var first = await alerts.RaiseConditionsAsync(tenant.Id, rule, [Low("MUG-01", true), Low("MUG-02", false)], Noon, TimeZoneInfo.Utc, ct);
        var still = await alerts.RaiseConditionsAsync(tenant.Id, rule, [Low("MUG-01", true)], Noon.AddHours(1), TimeZoneInfo.Utc, ct);
        await alerts.RaiseConditionsAsync(tenant.Id, rule, [Low("MUG-01", false)], Noon.AddHours(2), TimeZoneInfo.Utc, ct);
        var again = await alerts.RaiseConditionsAsync(tenant.Id, rule, [Low("MUG-01", true)], Noon.AddHours(3), TimeZoneInfo.Utc, ct);
        await rules.SaveAsync(tenant.Id, rule with { Threshold = 20m }, isNew: false, "seller@shop.test", Noon.AddHours(4), ct);
        var afterChange = await alerts.RaiseConditionsAsync(tenant.Id, rule, [Low("MUG-01", true)], Noon.AddHours(5), TimeZoneInfo.Utc, ct);

        Assert.Equal(["MUG-01"], first.Select(a => a.Subject));
        Assert.Empty(still);
        Assert.Single(again);
        Assert.Single(afterChange);
        Assert.Equal(3, await alerts.UnreadCountAsync(tenant.Id, ct));
        Assert.Equal("Low stock: MUG-01", first[0].Title);
    }

    [Fact]
    public async Task AnEventAlertsOncePerRuleAndSource()
    {
        await using var tenant = await Tenant.CreateAsync(postgres);
        var (rules, alerts) = (new AlertRuleStore(tenant.Database), new AlertStore(tenant.Database));
        var ct = TestContext.Current.CancellationToken;
        var rule = new AlertRule(Guid.NewGuid(), AlertKind.ListingChanged, null, [], [], AlertChannels.InApp, null, false);
        await rules.SaveAsync(tenant.Id, rule, isNew: true, "seller@shop.test", Noon, ct);
        var change = ("listing-change:41", new Observation(AlertKind.ListingChanged, "MUG-01", true, "MUG-01: title changed."));

        Assert.Single(await alerts.RaiseEventsAsync(tenant.Id, rule, [change], Noon, TimeZoneInfo.Utc, ct));
        Assert.Empty(await alerts.RaiseEventsAsync(tenant.Id, rule, [change], Noon.AddMinutes(15), TimeZoneInfo.Utc, ct));
    }

    [Fact]
    public async Task EmailInQuietHoursIsDueAtTheirEndWhileTheWebhookOfAnotherRuleIsDueAtOnce()
    {
        await using var tenant = await Tenant.CreateAsync(postgres);
        var (rules, alerts) = (new AlertRuleStore(tenant.Database), new AlertStore(tenant.Database));
        var ct = TestContext.Current.CancellationToken;
        var quiet = LowStock(AlertChannels.InApp | AlertChannels.Email, new QuietHours(new(11, 0), new(13, 0)));
        var loud = LowStock(AlertChannels.Webhook);
        await rules.SaveAsync(tenant.Id, quiet, isNew: true, "seller@shop.test", Noon, ct);
        await rules.SaveAsync(tenant.Id, loud, isNew: true, "seller@shop.test", Noon, ct);
        await alerts.RaiseConditionsAsync(tenant.Id, quiet, [Low("MUG-01", true)], Noon, TimeZoneInfo.Utc, ct);
        await alerts.RaiseConditionsAsync(tenant.Id, loud, [Low("MUG-01", true)], Noon, TimeZoneInfo.Utc, ct);

        Assert.Empty(await alerts.DueAsync(tenant.Id, AlertChannels.Email, Noon.AddMinutes(59), ct));
        Assert.Single(await alerts.DueAsync(tenant.Id, AlertChannels.Email, Noon.AddHours(1), ct));
        var webhook = Assert.Single(await alerts.DueAsync(tenant.Id, AlertChannels.Webhook, Noon, ct));
        Assert.Empty(await alerts.DueAsync(tenant.Id, AlertChannels.InApp, Noon.AddDays(1), ct));

        await alerts.MarkDeliveredAsync(tenant.Id, [webhook.Message.Id], AlertChannels.Webhook, Noon, ct);
        Assert.Empty(await alerts.DueAsync(tenant.Id, AlertChannels.Webhook, Noon.AddDays(1), ct));
    }

    [Fact]
    public async Task ReadAlertsLeaveTheUnreadCountAndDeletingARuleKeepsItsAlerts()
    {
        await using var tenant = await Tenant.CreateAsync(postgres);
        var (rules, alerts) = (new AlertRuleStore(tenant.Database), new AlertStore(tenant.Database));
        var ct = TestContext.Current.CancellationToken;
        var rule = LowStock(AlertChannels.InApp);
        await rules.SaveAsync(tenant.Id, rule, isNew: true, "seller@shop.test", Noon, ct);
        var raised = await alerts.RaiseConditionsAsync(tenant.Id, rule, [Low("A", true), Low("B", true), Low("C", true)], Noon, TimeZoneInfo.Utc, ct);

        Assert.Equal(1, await alerts.MarkReadAsync(tenant.Id, [raised[0].Id], Noon.AddMinutes(1), ct));
        Assert.Equal(2, await alerts.UnreadCountAsync(tenant.Id, ct));
        Assert.Equal(2, (await alerts.ListAsync(tenant.Id, before: null, unreadOnly: true, limit: 10, ct)).Count);
        Assert.Equal(2, await alerts.MarkReadAsync(tenant.Id, ids: null, Noon.AddMinutes(2), ct));
        Assert.True(await rules.DeleteAsync(tenant.Id, rule.Id, "seller@shop.test", Noon.AddMinutes(3), ct));

        var kept = await alerts.ListAsync(tenant.Id, before: null, unreadOnly: false, limit: 10, ct);
        Assert.Equal(3, kept.Count);
        Assert.All(kept, a => Assert.Null(a.RuleId));
        Assert.Equal(0, await alerts.UnreadCountAsync(tenant.Id, ct));
    }

    [Fact]
    public async Task ARuleRoundTripsAndAnotherTenantSeesNoRuleAndNoAlert()
    {
        await using var tenant = await Tenant.CreateAsync(postgres);
        var other = await tenant.ProvisionAnotherAsync();
        var (rules, alerts) = (new AlertRuleStore(tenant.Database), new AlertStore(tenant.Database));
        var ct = TestContext.Current.CancellationToken;
        var rule = new AlertRule(
            Guid.NewGuid(), AlertKind.ListingChanged, null, ["MUG-01"], [Sellmetrics.Listings.Snapshots.ListingAttribute.Price],
            AlertChannels.Email | AlertChannels.Webhook, new QuietHours(new(22, 0), new(7, 0)), DailyDigest: true);
        await rules.SaveAsync(tenant.Id, rule, isNew: true, "seller@shop.test", Noon, ct);
        await alerts.RaiseEventsAsync(tenant.Id, rule, [("x", new Observation(AlertKind.ListingChanged, "MUG-01", true, "s"))], Noon, TimeZoneInfo.Utc, ct);

        var stored = Assert.Single(await rules.ListAsync(tenant.Id, ct));
        Assert.Equal((rule.Kind, rule.Channels, rule.QuietHours, rule.DailyDigest), (stored.Kind, stored.Channels, stored.QuietHours, stored.DailyDigest));
        Assert.Equal(rule.Skus, stored.Skus);
        Assert.Equal(rule.Attributes, stored.Attributes);
        Assert.Empty(await rules.ListAsync(other, ct));
        Assert.Empty(await alerts.ListAsync(other, null, false, 10, ct));
        Assert.False(await rules.DeleteAsync(other, rule.Id, "intruder@shop.test", Noon, ct));
    }
}
