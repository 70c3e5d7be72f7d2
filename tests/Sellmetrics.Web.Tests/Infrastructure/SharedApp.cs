using Sellmetrics.Testing;

namespace Sellmetrics.Web.Tests.Infrastructure;

/// <summary>One app shared by the tests of a class (a class fixture); each test signs up its own seller.</summary>
public sealed class SharedApp(TestPostgres postgres) : IAsyncLifetime
{
    private SellmetricsApp? _app;

    public SellmetricsApp App => _app ?? throw new InvalidOperationException("Not started.");

    public async ValueTask InitializeAsync() => _app = await SellmetricsApp.StartAsync(postgres);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
