using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Sellmetrics.Silo.Hosting;

public static partial class StartupBanner
{
    /// <summary>Logs where Sellmetrics answers once the silo and web server are up.</summary>
    public static WebApplication AnnounceWhenStarted(this WebApplication app, bool embeddedDatabase)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Sellmetrics");
            LogStarted(logger, AddressesOf(app), embeddedDatabase ? "embedded PostgreSQL" : "configured PostgreSQL");
        });
        return app;
    }

    /// <summary>Where the web server listens, once it has started.</summary>
    public static string AddressesOf(WebApplication app) =>
        string.Join(", ", app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sellmetrics is up at {Addresses} on {Database}")]
    private static partial void LogStarted(ILogger logger, string addresses, string database);
}
