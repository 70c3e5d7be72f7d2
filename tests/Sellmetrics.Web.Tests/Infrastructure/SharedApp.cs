using Sellmetrics.Testing;

namespace Sellmetrics.Web.Tests.Infrastructure;

/// <summary>One app shared by the tests of a class (a class fixture); each test signs up its own seller.</summary>
public class SharedApp(TestPostgres postgres) : IAsyncLifetime
{
    private SellmetricsApp? _app;

    public SellmetricsApp App => _app ?? throw new InvalidOperationException("Not started.");

    /// <summary>Configuration the app starts with, on top of <see cref="SellmetricsApp"/>'s.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    public async ValueTask InitializeAsync() => _app = await SellmetricsApp.StartAsync(postgres, settings: Settings);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
