using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Sellmetrics.Grains;
using Sellmetrics.Security.Fernet;
using Sellmetrics.Silo.Hosting;
using Sellmetrics.Testing;

namespace Sellmetrics.Web.Tests.Infrastructure;

/// <summary>
/// The real Sellmetrics app (silo and web layer, composed exactly as Program does) on a free
/// loopback port over real HTTP, on a database of the test's PostgreSQL; business time is a
/// <see cref="FakeTimeProvider"/> the test can move.
/// </summary>
public sealed class SellmetricsApp : IAsyncDisposable
{
    /// <summary>The bootstrap address (<c>Sellmetrics:Admins</c>): its holder becomes the first admin once they verify it.</summary>
    public const string AdminEmail = "admin@sellmetrics.test";

    private readonly WebApplication _app;

    private SellmetricsApp(WebApplication app, Uri address, string connectionString, CapturedLogs logs, FakeTimeProvider clock, Mailbox mailbox)
    {
        _app = app;
        Mailbox = mailbox;
        Address = address;
        ConnectionString = connectionString;
        Logs = logs;
        BusinessTime = clock;
    }

    public Uri Address { get; }

    public string ConnectionString { get; }

    public CapturedLogs Logs { get; }

    public FakeTimeProvider BusinessTime { get; }

    /// <summary>The mail this app sent (to its pickup folder, unless a test configured an SMTP server).</summary>
    public Mailbox Mailbox { get; }

    public IServiceProvider Services => _app.Services;

    public static string EncryptionKey { get; } = FernetKey.Generate().ToBase64UrlString();

    /// <summary>
    /// Starts an app on a new database, or on <paramref name="connectionString"/> to join another app's cluster;
    /// <paramref name="services"/> may put a test's own service in place of the product's.
    /// </summary>
    public static async Task<SellmetricsApp> StartAsync(
        TestPostgres postgres, string? connectionString = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        connectionString ??= await postgres.CreateDatabaseAsync();
        var address = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}");
        var logs = new CapturedLogs();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var mailbox = new Mailbox(Path.Combine(Path.GetTempPath(), "sellmetrics-test-mail", Guid.NewGuid().ToString("N")));
        var configuration = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Sellmetrics"] = connectionString,
            ["Orleans:ClusterId"] = "web-tests",
            ["Orleans:ServiceId"] = "web-tests",
            ["Orleans:SiloPort"] = LoopbackPort.Free().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:GatewayPort"] = LoopbackPort.Free().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans:AdvertisedIPAddress"] = "127.0.0.1",
            ["Orleans:MinimumReminderPeriod"] = "00:00:01",
            ["Sellmetrics:EncryptionKeys"] = EncryptionKey,
            ["Sellmetrics:Admins"] = AdminEmail,
            ["Sellmetrics:PurgeCheckPeriod"] = "00:00:01",
            ["Mail:PickupDirectory"] = mailbox.Directory,
            ["Mail:PollInterval"] = "00:00:00.200",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var app = await SellmetricsHost.BuildAsync(["--urls", address.ToString(), "--environment", "Production"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(configuration);
            builder.Logging.AddProvider(logs);
            builder.Services.AddKeyedSingleton<TimeProvider>(Clock.Key, clock);
            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        return new SellmetricsApp(app, address, connectionString, logs, clock, mailbox);
    }

    public AppClient CreateClient() => new(Address);

    public NpgsqlDataSource OpenDatabase() => NpgsqlDataSource.Create(ConnectionString);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        // A debugging aid: SELLMETRICS_TEST_LOGS=folder keeps every app's log lines there.
        if (Environment.GetEnvironmentVariable("SELLMETRICS_TEST_LOGS") is { Length: > 0 } folder)
        {
            await File.WriteAllLinesAsync(Path.Combine(folder, $"app-{Address.Port}.log"), Logs.Lines);
        }

        if (Directory.Exists(Mailbox.Directory))
        {
            Directory.Delete(Mailbox.Directory, recursive: true);
        }
    }
}
