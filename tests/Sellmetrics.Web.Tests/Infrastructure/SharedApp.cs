using Sellmetrics.Testing;

namespace Sellmetrics.Web.Tests.Infrastructure;

/// <summary>
/// One app for every test class of the assembly that takes this fixture type (a subclass with other settings is another
/// app); each test signs up its own seller. Tests that move the business clock take a <see cref="ClassApp"/> instead.
/// </summary>
public class SharedApp(TestPostgres postgres) : IAsyncLifetime
{
    private SellmetricsApp? _app;

    public SellmetricsApp App => _app ?? throw new InvalidOperationException("Not started.");

    /// <summary>Configuration the app starts with, on top of <see cref="SellmetricsApp"/>'s and <see cref="SharedSettings"/>.</summary>
    protected virtual IDictionary<string, string?>? Settings => null;

    /// <summary>Whether the app belongs to one test class alone, started for it and stopped after it.</summary>
    protected virtual bool OwnedByClass => false;

    // Every class signs up from 127.0.0.1, so the per-address sign-in limit is raised on an app many classes share.
    private static Dictionary<string, string?> SharedSettings => new() { ["Auth:SignInAttemptsPerAddressPerMinute"] = "10000" };

    public async ValueTask InitializeAsync()
    {
        var settings = SharedSettings;
        foreach (var (key, value) in Settings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        _app = OwnedByClass
            ? await SellmetricsApp.StartAsync(postgres, settings: settings)
            : await postgres.ShareAsync(GetType().FullName!, () => SellmetricsApp.StartAsync(postgres, settings: settings));
    }

    public async ValueTask DisposeAsync()
    {
        if (OwnedByClass && _app is not null)
        {
            await _app.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
