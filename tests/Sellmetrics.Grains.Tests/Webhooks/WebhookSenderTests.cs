using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Sellmetrics.Alerts.Delivery;
using Sellmetrics.Data.Alerts;
using Sellmetrics.Data.Migrations;
using Sellmetrics.Data.Tenants;
using Sellmetrics.Data.Webhooks;
using Sellmetrics.Grains.Webhooks;
using Sellmetrics.Security.Fernet;
using Sellmetrics.Testing;

namespace Sellmetrics.Grains.Tests.Webhooks;

public sealed class WebhookSenderTests(TestPostgres postgres)
{
    private static readonly byte[] Secret = "whsec-of-this-tenant"u8.ToArray();

    [Fact]
    public async Task AWebhookTheReceiverRefusesIsRetriedAndArrivesSignedWithTheTenantsSecret()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var receiver = await WebhookReceiver.StartAsync(failures: 1);
        await using var setup = await SetupAsync(receiver.Url, allowPrivateAddresses: true);

        await setup.Sender.StartAsync(ct);
        await Eventually.HoldsAsync(() => Task.FromResult(receiver.Posts.Any(p => p.Status == 200)), TimeSpan.FromSeconds(30), "the webhook never arrived", ct);
        await setup.Sender.StopAsync(ct);

        Assert.Equal([503, 200], receiver.Posts.Select(p => p.Status));
        var (signature, body, _) = receiver.Posts.Last();
        Assert.Equal("{\"alert\":1}", body);
        Assert.True(WebhookSignature.Verify(Secret, signature, body, DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5)));
        Assert.Equal(1L, await setup.DataSource.ScalarAsync<long>("SELECT count(*) FROM sellmetrics.webhook_outbox WHERE sent_at IS NOT NULL AND body IS NULL"));
    }

    [Fact]
    public async Task AWebhookPointingAtThisMachineIsRefusedUnlessPrivateAddressesAreAllowed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var receiver = await WebhookReceiver.StartAsync(failures: 0);
        await using var setup = await SetupAsync(receiver.Url, allowPrivateAddresses: false);

        await setup.Sender.StartAsync(ct);
        await Eventually.HoldsAsync(
            async () => await setup.DataSource.ScalarAsync<long>("SELECT count(*) FROM sellmetrics.webhook_outbox WHERE last_error = 'HttpRequestException'") == 1,
            TimeSpan.FromSeconds(30),
            "the attempt was not refused",
            ct);
        await setup.Sender.StopAsync(ct);

        Assert.Empty(receiver.Posts);
    }

    private async Task<Setup> SetupAsync(Uri url, bool allowPrivateAddresses)
    {
        var ct = TestContext.Current.CancellationToken;
        var dataSource = await postgres.CreateMigratedDataSourceAsync();
        var tenantId = Guid.NewGuid();
        await new TenantProvisioner(dataSource, new MigrationRunner(dataSource, NullLogger<MigrationRunner>.Instance), NullLogger<TenantProvisioner>.Instance)
            .MigrateAsync(tenantId, ct);
        var keys = new FernetKeyRing([FernetKey.Generate()]);
        var store = new AlertWebhookStore(new TenantDatabase(dataSource));
        await store.SaveAsync(tenantId, new AlertWebhook(url.AbsoluteUri, Slack: false, keys.Encrypt(Secret), DateTimeOffset.UtcNow), "seller@shop.test", ct);
        var outbox = new WebhookOutbox(dataSource);
        await outbox.EnqueueAsync([new OutgoingWebhook(tenantId, url.AbsoluteUri, "{\"alert\":1}")], ct);

        var options = Options.Create(new WebhookOptions
        {
            AllowPrivateAddresses = allowPrivateAddresses,
            PollInterval = TimeSpan.FromMilliseconds(50),
            RetryDelay = TimeSpan.FromMilliseconds(50),
        });
        var services = new ServiceCollection().AddSingleton(options).AddWebhookClient().BuildServiceProvider();
        var sender = new WebhookSender(
            outbox, store, keys, services.GetRequiredService<IHttpClientFactory>(), new WebhookOutboxSignal(), options, TimeProvider.System,
            NullLogger<WebhookSender>.Instance);
        return new Setup(dataSource, services, sender);
    }

    private sealed record Setup(Npgsql.NpgsqlDataSource DataSource, ServiceProvider Services, WebhookSender Sender) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Sender.Dispose();
            await Services.DisposeAsync();
            await DataSource.DisposeAsync();
        }
    }
}
