using System.Security.Cryptography;
using Microsoft.Extensions.Configuration.Memory;
using Sellmetrics.Data;
using Sellmetrics.Facts.Marketplaces;
using Sellmetrics.Grains;
using Sellmetrics.Grains.Accounts;
using Sellmetrics.Grains.Connections;
using Sellmetrics.Grains.Tenants;
using Sellmetrics.Sandbox;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Silo.Hosting;

/// <summary>
/// With the embedded database and the sandbox, the run command prepares a demo seller whose tenant is connected to the
/// sandbox's default seller (Amazon and Walmart, live orders on) with unit and recurring costs, and prints its email on the console with where its
/// password is. The password is random and kept owner-only in the data folder, the same for every later run; it is never
/// printed, since a process's console output is a log wherever it runs as a service or container.
/// </summary>
public static partial class DemoAccount
{
    public const string Email = "demo@example.com";
    public const string PasswordFile = "demo.password";
    private const string DisplayName = "Demo Seller";
    private const string EnabledKey = "Demo:Enabled";

    /// <summary><c>Demo:Enabled</c>, by default on with the embedded database; never without the sandbox it connects to.</summary>
    public static bool IsWanted(IConfiguration configuration, bool embeddedDatabase) =>
        MarketplaceHosting.SandboxEnabled(configuration, embeddedDatabase) && (configuration.GetValue<bool?>(EnabledKey) ?? embeddedDatabase);

    /// <summary>
    /// Live mode for the demo: the sandbox keeps producing orders and they are pulled every minute. These are defaults
    /// only: any configured value (file, command line, environment) wins.
    /// </summary>
    public static IConfigurationBuilder AddDemoDefaults(this IConfigurationBuilder configuration)
    {
        configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                [$"{SandboxOptions.Section}:{nameof(SandboxOptions.LiveOrdersPerMinute)}"] = "2",
                [$"{SyncOptions.Section}:{nameof(SyncOptions.OrdersPeriod)}"] = "00:01:00",
            },
        });
        return configuration;
    }

    public static WebApplication PrepareDemoWhenStarted(this WebApplication app, bool wanted)
    {
        if (wanted)
        {
            app.Lifetime.ApplicationStarted.Register(() => _ = Task.Run(() => PrepareAsync(app)));
        }

        return app;
    }

    private static async Task PrepareAsync(WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Sellmetrics.Demo");
        try
        {
            var passwordFile = PasswordFileIn(app.Configuration);
            var password = PasswordIn(passwordFile);
            var grains = app.Services.GetRequiredService<IGrainFactory>();
            var accounts = grains.GetGrain<IAccountsGrain>(0);
            await accounts.RegisterAsync(new Registration(Email, DisplayName, password, ConfirmAdult: true));
            var signIn = await accounts.SignInAsync(new SignInAttempt(Email, password, Code: null));
            if (signIn.Session is not { } session)
            {
                LogDemoUnavailable(logger, signIn.Outcome);
                return;
            }

            await ConnectSandboxAsync(grains, session, app.Services.DefaultSandboxSeller(), app.Services.DefaultSandboxProducts());
            Console.WriteLine();
            Console.WriteLine($"Demo seller (connected to the sandbox, live orders on): open {StartupBanner.AddressesOf(app)} and sign in as");
            Console.WriteLine($"  email    {Email}");
            Console.WriteLine($"  password in {passwordFile} (readable by this account only)");
            Console.WriteLine();
        }
        catch (Exception exception) when (!app.Lifetime.ApplicationStopping.IsCancellationRequested)
        {
            LogDemoFailed(logger, exception);
        }
    }

    // On the first run only: costs first, so the first pulls are priced, then the connections.
    private static async Task ConnectSandboxAsync(IGrainFactory grains, SessionSnapshot session, SellerCredentials seller, IReadOnlyList<SandboxProduct> products)
    {
        var costs = grains.GetTenant<ITenantCosts>(session.TenantId);
        if ((await grains.GetTenant<ITenantSettings>(session.TenantId).ListConnectionsAsync()).Count > 0)
        {
            return;
        }

        var actor = GrainKeys.Of(session.UserId);
        var since = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-3);
        await costs.ImportUnitCostsAsync(DemoCosts.UnitCosts(products, seller.MarketplaceId, since), actor);
        if ((await costs.GetRecurringCostsAsync()).Count == 0)
        {
            foreach (var cost in DemoCosts.Recurring(since))
            {
                await costs.SaveRecurringCostAsync(cost, isNew: true, actor);
            }
        }

        var region = AmazonMarketplaces.RegionOf(seller.MarketplaceId)!;
        var amazon = new AmazonConnectionRequest(seller.LwaClientId, seller.LwaClientSecret, seller.RefreshToken, seller.SellerId, seller.MarketplaceId, region);
        await grains.GetConnectionGrain(session.TenantId, ConnectionKeys.ForAmazon(seller.SellerId, region, [])).ConnectAmazonAsync(amazon, actor);
        await grains.GetConnectionGrain(session.TenantId, ConnectionKeys.ForWalmart(seller.WalmartClientId))
            .ConnectWalmartAsync(new WalmartConnectionRequest(seller.WalmartClientId, seller.WalmartClientSecret), actor);
    }

    private static string PasswordFileIn(IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        return Path.GetFullPath(Path.Combine(storage.DataDirectory, PasswordFile));
    }

    private static string PasswordIn(string path)
    {
        if (!File.Exists(path))
        {
            SecretFile.Write(path, RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 20));
        }

        return File.ReadAllText(path).Trim();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The demo seller could not sign in ({Outcome}); no demo account this run")]
    private static partial void LogDemoUnavailable(ILogger logger, SignInOutcome outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Preparing the demo seller failed")]
    private static partial void LogDemoFailed(ILogger logger, Exception exception);
}
