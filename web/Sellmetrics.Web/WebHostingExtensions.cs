using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Sellmetrics.Web.Account;
using Sellmetrics.Web.Admin;
using Sellmetrics.Web.Auth;
using Sellmetrics.Web.Connections;
using Sellmetrics.Web.Costs;
using Sellmetrics.Web.Dashboard;
using Sellmetrics.Web.Health;
using Sellmetrics.Web.MarketplaceData;
using Sellmetrics.Web.Payouts;
using Sellmetrics.Web.Products;
using Sellmetrics.Web.Profit;
using Sellmetrics.Web.Security;
using Sellmetrics.Web.Settings;
using Sellmetrics.Web.Site;

namespace Sellmetrics.Web;

public static class WebHostingExtensions
{
    /// <summary>Registers what the web layer needs: problem details, security, endpoints' services.</summary>
    public static WebApplicationBuilder AddSellmetricsWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddValidation();
        builder.Services.AddExceptionHandler<BadInputExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));
        builder.Services.AddWebSecurity();
        builder.Services.AddDashboard();
        builder.Services.AddOptions<EmailLinkOptions>().BindConfiguration(EmailLinkOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<EmailLinkThrottle>();
        return builder;
    }

    /// <summary>The request pipeline and every endpoint group of the web layer.</summary>
    public static WebApplication MapSellmetricsWeb(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value.IsConfigured)
        {
            app.UseForwardedHeaders();
        }
        else
        {
            app.UseMiddleware<UntrustedForwardedHeaders>();
        }

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseSecurityHeaders();
        app.UseSiteFiles();
        app.UseAuthentication();
        app.UseCsrfProtection();
        app.UseRateLimiter();
        app.UseAuthorization();

        app.MapHealthApi();
        app.MapAuthApi();
        app.MapAccountApi();
        app.MapAdminApi();
        app.MapRecurringCostsApi();
        app.MapConnectionsApi();
        app.MapProfitApi();
        app.MapProductsApi();
        app.MapMarketplaceDataApi();
        app.MapPayoutsApi();
        app.MapSettingsApi();
        app.MapDashboard();
        app.MapOpenApi();
        return app;
    }
}
