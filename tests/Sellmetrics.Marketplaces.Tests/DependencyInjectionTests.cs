using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Marketplaces.Amazon.Authorization;
using Sellmetrics.Marketplaces.RateLimiting;
using Sellmetrics.Marketplaces.Walmart;

namespace Sellmetrics.Marketplaces.Tests;

public sealed class DependencyInjectionTests
{
    [Fact]
    public void WithoutSettingsTheClientsTalkToTheRealMarketplacesAtRealSpeed()
    {
        using var provider = Build([]);

        var amazon = provider.GetRequiredService<IOptions<AmazonOptions>>().Value;
        Assert.Equal(new Uri("https://api.amazon.com/auth/o2/token"), amazon.LwaTokenUrl);
        Assert.Equal(new Uri("https://sellingpartnerapi-eu.amazon.com"), amazon.EndpointFor(AmazonRegion.EU));
        Assert.Equal(new Uri("https://marketplace.walmartapis.com"), provider.GetRequiredService<IOptions<WalmartOptions>>().Value.BaseUrl);
        Assert.Equal(1, provider.GetRequiredService<IOptions<MarketplaceClockOptions>>().Value.TimeScale);
        Assert.NotNull(provider.GetRequiredService<IAmazonSellerApiFactory>());
        Assert.NotNull(provider.GetRequiredService<IWalmartSellerApiFactory>());
        Assert.NotNull(provider.GetRequiredService<IAmazonAuthorizationService>());
    }

    [Fact]
    public void TheSandboxTimeScaleIsReadFromItsSection()
    {
        using var provider = Build(new() { ["Sandbox:TimeScale"] = "60", ["Amazon:Endpoints:NA"] = "http://127.0.0.1:5000/sandbox/amazon" });

        Assert.Equal(60, provider.GetRequiredService<IOptions<MarketplaceClockOptions>>().Value.TimeScale);
        Assert.Equal(new Uri("http://127.0.0.1:5000/sandbox/amazon"), provider.GetRequiredService<IOptions<AmazonOptions>>().Value.EndpointFor(AmazonRegion.NA));
    }

    [Fact]
    public void AnInvalidSettingIsRefused()
    {
        using var provider = Build(new() { ["Sandbox:TimeScale"] = "0" });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MarketplaceClockOptions>>().Value);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMarketplaceClients(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider();
    }
}
