using Sellmetrics.Web;

namespace Sellmetrics.Silo.Hosting;

public static class SellmetricsHost
{
    /// <summary>
    /// Composes the whole silo: database (opened and migrated first), encryption keys, grain
    /// services, the Orleans silo and the web layer. <paramref name="customize"/> runs before
    /// anything reads configuration, so a test can add settings and replace services.
    /// </summary>
    public static async Task<WebApplication> BuildAsync(string[] args, Action<WebApplicationBuilder>? customize = null)
    {
        // The binaries' folder, not the working one: appsettings.json and wwwroot/ are found wherever the command runs.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        customize?.Invoke(builder);
        builder.ListenOnPlatformPort();

        using var startupLogging = StartupLogging.Create(builder.Configuration);
        var database = await builder.AddSellmetricsDatabaseAsync(startupLogging);
        try
        {
            builder.AddEncryptionKeys(database, startupLogging);
            builder.AddSellmetricsServices();
            builder.AddMail();
            builder.AddAlertDelivery();
            builder.AddSellmetricsSilo(database.DataSource);
            builder.AddSellmetricsWeb();
            builder.AddMarketplaces(database.IsEmbedded);
            var demo = DemoAccount.IsWanted(builder.Configuration, database.IsEmbedded);
            if (demo)
            {
                builder.Configuration.AddDemoDefaults();
            }

            builder.AddSync();

            var app = builder.Build();
            app.MapSellmetricsWeb();
            app.MapMarketplaces(database.IsEmbedded);
            app.AnnounceWhenStarted(database.IsEmbedded);
            app.PrepareDemoWhenStarted(demo);
            return app;
        }
        catch
        {
            // No host owns the database yet, so it is closed (an embedded server stopped) here.
            await database.DisposeAsync();
            throw;
        }
    }
}
