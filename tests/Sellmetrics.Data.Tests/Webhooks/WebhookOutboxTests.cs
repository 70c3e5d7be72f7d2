using Microsoft.Extensions.Logging.Abstractions;
using Sellmetrics.Data.Migrations;
using Sellmetrics.Data.Webhooks;
using Sellmetrics.Testing;

namespace Sellmetrics.Data.Tests.Webhooks;

public sealed class WebhookOutboxTests(TestPostgres postgres)
{
    [Fact]
    public async Task AWebhookIsClaimedOnceRetriedAfterAFailureAndLosesItsBodyWhenSent()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var dataSource = await postgres.CreateDataSourceAsync();
        await new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance).ApplyAsync(MigrationSet.Cluster, cancellationToken: ct);
        var outbox = new WebhookOutbox(dataSource);
        var tenant = Guid.NewGuid();
        await outbox.EnqueueAsync([new OutgoingWebhook(tenant, "https://hooks.example/a", "{\"n\":1}"), new OutgoingWebhook(tenant, "https://hooks.example/a", "{\"n\":2}")], ct);

        var claimed = await outbox.ClaimAsync(10, TimeSpan.FromMinutes(5), ct);
        Assert.Equal(["{\"n\":1}", "{\"n\":2}"], claimed.Select(w => w.Webhook.Body).Order(StringComparer.Ordinal));
        Assert.All(claimed, w => Assert.Equal((tenant, "https://hooks.example/a", 1), (w.Webhook.TenantId, w.Webhook.Url, w.Attempt)));
        Assert.Empty(await outbox.ClaimAsync(10, TimeSpan.FromMinutes(5), ct));

        await outbox.MarkFailedAsync(claimed[0].Id, "HttpRequestException", TimeSpan.Zero, ct);
        await outbox.MarkSentAsync(claimed[1].Id, ct);
        var retried = Assert.Single(await outbox.ClaimAsync(10, TimeSpan.FromMinutes(5), ct));
        Assert.Equal((claimed[0].Id, 2), (retried.Id, retried.Attempt));
        Assert.Equal(1L, await dataSource.ScalarAsync<long>("SELECT count(*) FROM sellmetrics.webhook_outbox WHERE body IS NULL"));
    }
}
