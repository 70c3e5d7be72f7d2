using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

public sealed class TenantObserverTests(TestPostgres postgres)
{
    [Fact]
    public async Task AnImportReachesAnObserverAsFewCoalescedNoticesAndAPurgeClosesIt()
    {
        await using var app = await SyncApp.StartAsync(postgres);
        var admin = await Seller.SignUpAdminAsync(app);
        var seller = await Seller.SignUpAsync(app, "Watched");
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var observer = new RecordingObserver();
        var reference = grains.CreateObjectReference<ITenantObserver>(observer);
        await grains.GetTenant<ITenantDashboard>(seller.TenantId).SubscribeAsync(reference);
        await grains.GetTenant<ITenantProfit>(seller.TenantId).GetProfitSummaryAsync(new Sellmetrics.Profit.Days.DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 2)), null);

        await SyncApp.ConnectAmazonAsync(seller, await SyncApp.CreateSandboxSellerAsync(app, 7601));
        await SyncApp.WaitForImportAsync(seller);
        await Eventually.HoldsAsync(
            () => Task.FromResult(ChangedDays(observer) > 30), TimeSpan.FromSeconds(10), "The import's changes never reached the observer.", TestContext.Current.CancellationToken);

        var changedDays = ChangedDays(observer);
        TestContext.Current.TestOutputHelper?.WriteLine($"{observer.Changes.Count} notices named {changedDays} days");
        Assert.True(changedDays > 30, $"{changedDays} days changed");
        Assert.True(observer.Changes.Count < changedDays, "notices are coalesced, not one per product change");
        Assert.All(observer.Changes, c => Assert.Equal(["ATVPDKIKX0DER"], c.Marketplaces));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.Browser.SendJsonAsync(HttpMethod.Delete, $"/api/admin/tenants/{seller.TenantId}")).StatusCode);
        await Eventually.HoldsAsync(
            () => Task.FromResult(observer.Closed > 0), TimeSpan.FromSeconds(10), "The observer was not told the tenant closed.", TestContext.Current.CancellationToken);

        Assert.Equal(1, observer.Closed);
        grains.DeleteObjectReference<ITenantObserver>(reference);
    }

    private static int ChangedDays(RecordingObserver observer) => observer.Changes.SelectMany(c => c.Days).Distinct().Count();

    private sealed class RecordingObserver : ITenantObserver
    {
        private int _closed;

        public ConcurrentQueue<TenantProfitChanged> Changes { get; } = new();

        public int Closed => _closed;

        public Task ProfitChanged(TenantProfitChanged change)
        {
            Changes.Enqueue(change);
            return Task.CompletedTask;
        }

        public Task TenantClosed()
        {
            Interlocked.Increment(ref _closed);
            return Task.CompletedTask;
        }
    }
}
