using System.Globalization;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Sandbox;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.ClientThroughputBenchmark;

/// <summary>The marketplace sandbox on a free loopback port and the Amazon client configured against it as the silo does.</summary>
internal sealed class SandboxClients : IAsyncDisposable
{
    private readonly WebApplication _sandbox;
    private readonly ServiceProvider _clients;
    private readonly HttpClient _control;

    private SandboxClients(WebApplication sandbox, ServiceProvider clients, Uri address, double timeScale, ThrottleCounter throttles)
    {
        _sandbox = sandbox;
        _clients = clients;
        _control = new HttpClient { BaseAddress = new Uri(address, "/sandbox/control/") };
        TimeScale = timeScale;
        Throttles = throttles;
    }

    public double TimeScale { get; }

    /// <summary>How many calls the marketplace answered 429, per operation, as the client logged them.</summary>
    public ThrottleCounter Throttles { get; }

    public static async Task<SandboxClients> StartAsync(double timeScale)
    {
        var scale = timeScale.ToString(CultureInfo.InvariantCulture);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Sandbox:TimeScale"] = scale });
        builder.Services.AddMarketplaceSandbox(builder.Configuration);
        var sandbox = builder.Build();
        sandbox.MapMarketplaceSandbox();
        await sandbox.StartAsync();
        var address = new Uri(sandbox.Urls.First());

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sandbox:TimeScale"] = scale,
            ["Amazon:LwaTokenUrl"] = new Uri(address, "/sandbox/amazon-auth/auth/o2/token").ToString(),
            ["Amazon:Endpoints:NA"] = new Uri(address, "/sandbox/amazon").ToString(),
        }).Build();
        var throttles = new ThrottleCounter();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(throttles));
        services.AddMarketplaceClients(configuration);
        return new SandboxClients(sandbox, services.BuildServiceProvider(), address, timeScale, throttles);
    }

    /// <summary>A generated sandbox seller's Amazon client.</summary>
    public async Task<IAmazonSellerApi> AmazonSellerAsync(long seed)
    {
        using var response = await _control.PostAsJsonAsync("sellers", new { seed });
        response.EnsureSuccessStatusCode();
        var seller = (await response.Content.ReadFromJsonAsync<SellerCredentials>())!;
        return _clients.GetRequiredService<IAmazonSellerApiFactory>().Create(
            new AmazonSellerCredentials(seller.LwaClientId, seller.LwaClientSecret, seller.RefreshToken, seller.SellerId, seller.MarketplaceId, AmazonRegion.NA));
    }

    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        await _clients.DisposeAsync();
        await _sandbox.StopAsync();
        await _sandbox.DisposeAsync();
    }
}
