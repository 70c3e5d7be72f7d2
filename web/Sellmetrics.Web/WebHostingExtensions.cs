using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Web.Health;

namespace Sellmetrics.Web;

public static class WebHostingExtensions
{
    /// <summary>Registers what the web layer needs: problem details for every error.</summary>
    public static WebApplicationBuilder AddSellmetricsWeb(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        return builder;
    }

    /// <summary>Maps every endpoint group of the web layer.</summary>
    public static WebApplication MapSellmetricsWeb(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthApi();
        return app;
    }
}
