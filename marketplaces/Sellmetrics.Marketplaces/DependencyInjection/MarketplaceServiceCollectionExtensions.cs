using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sellmetrics.Marketplaces;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Marketplaces.Amazon.Auth;
using Sellmetrics.Marketplaces.Amazon.Authorization;
using Sellmetrics.Marketplaces.Amazon.Reports;
using Sellmetrics.Marketplaces.Amazon.Sellers;
using Sellmetrics.Marketplaces.Auth;
using Sellmetrics.Marketplaces.RateLimiting;
using Sellmetrics.Marketplaces.Resilience;
using Sellmetrics.Marketplaces.Walmart;
using Sellmetrics.Marketplaces.Walmart.Auth;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Amazon and Walmart clients.</summary>
public static class MarketplaceServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IAmazonSellerApiFactory"/>, <see cref="IAmazonAuthorizationService"/> and <see cref="IWalmartSellerApiFactory"/>,
    /// bound to the <c>Amazon</c>, <c>Walmart</c>, <c>Marketplaces:Resilience</c> and <c>Sandbox:TimeScale</c> settings
    /// (TimeScale must stay 1, its default, against the real marketplaces).
    /// </summary>
    public static IServiceCollection AddMarketplaceClients(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        AddOptions<AmazonOptions>(services, configuration, AmazonOptions.Section);
        AddOptions<WalmartOptions>(services, configuration, WalmartOptions.Section);
        AddOptions<MarketplaceResilienceOptions>(services, configuration, MarketplaceResilienceOptions.Section);
        AddOptions<MarketplaceClockOptions>(services, configuration, MarketplaceClockOptions.Section);

        services.TryAddSingleton(TimeProvider.System);
        services.AddDataProtection();
        services.TryAddSingleton<AccessTokenCache>();
        services.TryAddSingleton<OperationBuckets>();
        services.TryAddSingleton<MarketplaceCallStatistics>();
        services.TryAddSingleton<MarketplacePipelines>();
        services.TryAddSingleton<SellerHttpClients>();

        services.TryAddSingleton<LwaTokenClient>();
        services.TryAddSingleton<LwaAccessTokens>();
        services.TryAddSingleton<ReportDocumentDownloader>();
        services.TryAddSingleton<IAmazonSellerApiFactory, AmazonSellerApiFactory>();
        services.TryAddSingleton<IAmazonAuthorizationService, AmazonAuthorizationService>();
        services.TryAddSingleton<WalmartTokenClient>();
        services.TryAddSingleton<IWalmartSellerApiFactory, WalmartSellerApiFactory>();
        services.TryAddSingleton<AmazonAccountVerifier>();
        services.TryAddSingleton(provider => new CredentialCheck(
            provider.GetRequiredService<LwaAccessTokens>(), provider.GetRequiredService<AmazonAccountVerifier>(), provider.GetRequiredService<WalmartTokenClient>()));

        AddResilientClient(services, LwaTokenClient.HttpClientName);
        AddResilientClient(services, ReportDocumentDownloader.HttpClientName);
        AddResilientClient(services, WalmartTokenClient.HttpClientName);
        // The per-seller pipelines add their own resilience, token and rate-limit handlers on top of these transports.
        services.AddHttpClient(AmazonSellerApiFactory.HttpClientName);
        services.AddHttpClient(WalmartSellerApiFactory.HttpClientName);
        return services;
    }

    private static void AddOptions<T>(IServiceCollection services, IConfiguration configuration, string section)
        where T : class =>
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();

    private static void AddResilientClient(IServiceCollection services, string name) =>
        services.AddHttpClient(name).AddResilienceHandler(name, static (builder, context) =>
        {
            var provider = context.ServiceProvider;
            MarketplacePipelines.Configure(
                builder,
                context.BuilderName,
                provider.GetRequiredService<IOptions<MarketplaceResilienceOptions>>().Value,
                provider.GetRequiredService<IOptions<MarketplaceClockOptions>>().Value,
                provider.GetRequiredService<ILoggerFactory>().CreateLogger<MarketplacePipelines>());
        });
}
