using System.Globalization;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Marketplaces.Walmart;
using Sellmetrics.Sandbox;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Marketplaces.Tests.Sandbox;

/// <summary>
/// The marketplace sandbox over real HTTP on a free loopback port, and a client container configured the way the
/// silo configures it (endpoints pointing at the sandbox, the same <c>Sandbox:TimeScale</c>).
/// </summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ServiceProvider _clients;

    private SandboxHost(WebApplication app, ServiceProvider clients, Uri address, double timeScale, CapturedLogs logs)
    {
        Logs = logs;
        _app = app;
        _clients = clients;
        Address = address;
        TimeScale = timeScale;
        Control = new HttpClient { BaseAddress = new Uri(address, "/sandbox/control/") };
    }

    public Uri Address { get; }

    public double TimeScale { get; }

    public HttpClient Control { get; }

    public IServiceProvider Services => _clients;

    /// <summary>What the clients logged.</summary>
    public CapturedLogs Logs { get; }

    /// <summary>
    /// Starts the sandbox and the clients at <paramref name="timeScale"/>; with <paramref name="clock"/> both read that clock
    /// instead of the system's, so a test moves time rather than waiting for it.
    /// </summary>
    public static async Task<SandboxHost> StartAsync(double timeScale, Action<IDictionary<string, string?>>? configure = null, TimeProvider? clock = null)
    {
        var scale = timeScale.ToString(CultureInfo.InvariantCulture);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Sandbox:TimeScale"] = scale });
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.Services.AddMarketplaceSandbox(builder.Configuration);
        var app = builder.Build();
        app.MapMarketplaceSandbox();
        await app.StartAsync();
        var address = new Uri(app.Urls.First());

        var settings = new Dictionary<string, string?>
        {
            ["Sandbox:TimeScale"] = scale,
            ["Amazon:LwaTokenUrl"] = new Uri(address, "/sandbox/amazon-auth/auth/o2/token").ToString(),
            ["Amazon:Endpoints:NA"] = new Uri(address, "/sandbox/amazon").ToString(),
            ["Amazon:ConsentUrl"] = new Uri(address, "/sandbox/amazon-auth/apps/authorize/consent").ToString(),
            ["Amazon:ApplicationId"] = "amzn1.sp.solution.sellmetrics-tests",
            ["Amazon:ClientId"] = "amzn1.application-oa2-client.sellmetrics-tests",
            ["Amazon:ClientSecret"] = "sellmetrics-tests-app-secret",
            ["Walmart:BaseUrl"] = new Uri(address, "/sandbox/walmart").ToString(),
            ["Marketplaces:Resilience:RetryBaseDelay"] = "00:00:01",
        };
        configure?.Invoke(settings);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var logs = new CapturedLogs();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        services.AddMarketplaceClients(configuration);
        return new SandboxHost(app, services.BuildServiceProvider(validateScopes: true), address, timeScale, logs);
    }

    public async Task<SellerCredentials> CreateSellerAsync(long seed)
    {
        using var response = await Control.PostAsJsonAsync("sellers", new { seed }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SellerCredentials>(TestContext.Current.CancellationToken))!;
    }

    public async Task InjectFaultsAsync(object faults)
    {
        using var response = await Control.PostAsJsonAsync("faults", faults, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public async Task RevokeAsync(string sellerId)
    {
        using var response = await Control.PostAsync($"sellers/{sellerId}/revoke", null, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    public IAmazonSellerApi Amazon(SellerCredentials seller) =>
        _clients.GetRequiredService<IAmazonSellerApiFactory>().Create(
            new AmazonSellerCredentials(seller.LwaClientId, seller.LwaClientSecret, seller.RefreshToken, seller.SellerId, seller.MarketplaceId, AmazonRegion.NA));

    public IWalmartSellerApi Walmart(SellerCredentials seller) =>
        _clients.GetRequiredService<IWalmartSellerApiFactory>().Create(new WalmartSellerCredentials(seller.WalmartClientId, seller.WalmartClientSecret));

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await _clients.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
