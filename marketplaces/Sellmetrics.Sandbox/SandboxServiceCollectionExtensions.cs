using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Sellmetrics.Sandbox.Amazon.Reports;
using Sellmetrics.Sandbox.Auth;
using Sellmetrics.Sandbox.Control;
using Sellmetrics.Sandbox.Faults;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.RateLimiting;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox;

/// <summary>Registers the marketplace sandbox's services.</summary>
public static class SandboxServiceCollectionExtensions
{
    /// <summary>
    /// Adds the sandbox (options from the <c>Sandbox</c> section, bound and validated at start; sellers, tokens,
    /// rate limits, faults, reports and live mode). Map its endpoints with
    /// <see cref="SandboxEndpointRouteBuilderExtensions.MapMarketplaceSandbox"/>. A registered <see cref="TimeProvider"/> is its clock.
    /// </summary>
    public static IServiceCollection AddMarketplaceSandbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SandboxOptions>()
            .Bind(configuration.GetSection(SandboxOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => Validator.TryValidateObject(o.Faults, new ValidationContext(o.Faults), null, validateAllProperties: true), "Sandbox:Faults is invalid.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SandboxClock>();
        services.AddSingleton<SellerRegistry>();
        services.AddSingleton<SandboxTokens>();
        services.AddSingleton<RateLimits>();
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<LiveOrders>();
        services.AddSingleton<ReportStore>();
        services.AddSingleton<DocumentUrlSigner>();
        services.AddHostedService<LiveOrderService>();
        return services;
    }

    /// <summary>The credentials of the default seller (<c>Sandbox:Seed</c>), for a host that connects a demo tenant to it.</summary>
    public static SellerCredentials DefaultSandboxSeller(this IServiceProvider services) =>
        services.GetRequiredService<SellerRegistry>().Default.Credentials;

    /// <summary>The default seller's products, for a host that gives a demo tenant plausible unit costs.</summary>
    public static IReadOnlyList<SandboxProduct> DefaultSandboxProducts(this IServiceProvider services)
    {
        var seller = services.GetRequiredService<SellerRegistry>().Default;
        var onWalmart = seller.Walmart.Products.Select(p => p.Sku).ToHashSet(StringComparer.Ordinal);
        return [.. seller.Catalog.Products.Select(p => new SandboxProduct(p.Sku, p.BasePrice, onWalmart.Contains(p.Sku)))];
    }
}
