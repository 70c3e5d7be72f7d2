using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

/// <summary>One app with its sandbox for a test class whose tests each use fresh tenants and sandbox sellers.</summary>
public sealed class SandboxSyncApp(TestPostgres postgres) : IAsyncLifetime
{
    private SellmetricsApp? _app;

    public SellmetricsApp App => _app ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync() => _app = await SyncApp.StartAsync(postgres);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
