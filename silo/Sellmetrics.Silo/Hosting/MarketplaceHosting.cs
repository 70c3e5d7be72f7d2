using Sellmetrics.Sandbox;

namespace Sellmetrics.Silo.Hosting;

public static class MarketplaceHosting
{
    /// <summary>
    /// Registers the Amazon and Walmart clients, and the marketplace sandbox when <c>Sandbox:Enabled</c>
    /// (default: on with the embedded database, off with a configured one).
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

    /// <summary>Mounts the sandbox under <c>/sandbox</c> when it was registered.</summary>
    public static WebApplication MapMarketplaces(this WebApplication app, bool embeddedDatabase)
    {
        if (SandboxEnabled(app.Configuration, embeddedDatabase))
        {
            app.MapMarketplaceSandbox();
        }

        return app;
    }

    public static bool SandboxEnabled(IConfiguration configuration, bool embeddedDatabase) =>
        configuration.GetValue<bool?>($"{SandboxOptions.Section}:{nameof(SandboxOptions.Enabled)}") ?? embeddedDatabase;
}
