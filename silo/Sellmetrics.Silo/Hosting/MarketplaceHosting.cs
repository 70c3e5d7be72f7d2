using Sellmetrics.Sandbox;

namespace Sellmetrics.Silo.Hosting;

public static partial class MarketplaceHosting
{
    private const string EnabledKey = $"{SandboxOptions.Section}:{nameof(SandboxOptions.Enabled)}";
    private const string AllowedKey = $"{SandboxOptions.Section}:{nameof(SandboxOptions.AllowWithConfiguredDatabase)}";

    /// <summary>
    /// Registers the Amazon and Walmart clients, and the marketplace sandbox when <see cref="SandboxEnabled"/> says so.
    /// </summary>
    public static WebApplicationBuilder AddMarketplaces(this WebApplicationBuilder builder, bool embeddedDatabase)
    {
        if (SandboxEnabled(builder.Configuration, embeddedDatabase))
        {
            SandboxEndpoints.PointClientsAtSandbox(builder.Configuration, builder.Configuration);
            builder.Services.AddMarketplaceSandbox(builder.Configuration);
        }

        builder.Services.AddMarketplaceClients(builder.Configuration);

        return builder;
    }

    /// <summary>Mounts the sandbox under <c>/sandbox</c> when it was registered; says why not when it was asked for in vain.</summary>
    public static WebApplication MapMarketplaces(this WebApplication app, bool embeddedDatabase)
    {
        if (SandboxEnabled(app.Configuration, embeddedDatabase))
        {
            app.MapMarketplaceSandbox();
        }
        else if (app.Configuration.GetValue<bool>(EnabledKey))
        {
            LogSandboxRefused(app.Logger, EnabledKey, AllowedKey);
        }

        return app;
    }

    /// <summary>
    /// <c>Sandbox:Enabled</c> (default: on with the embedded database, off with a configured one); with a configured
    /// database only together with <c>Sandbox:AllowWithConfiguredDatabase</c>, so one stray setting never puts a fake
    /// Amazon beside real sellers' data.
    /// </summary>
    public static bool SandboxEnabled(IConfiguration configuration, bool embeddedDatabase) =>
        (configuration.GetValue<bool?>(EnabledKey) ?? embeddedDatabase) && (embeddedDatabase || configuration.GetValue<bool>(AllowedKey));

    [LoggerMessage(Level = LogLevel.Warning, Message = "{EnabledKey} is set but the database is a configured one: the sandbox is not mounted unless {AllowedKey} is set too (development only)")]
    private static partial void LogSandboxRefused(ILogger logger, string enabledKey, string allowedKey);
}
