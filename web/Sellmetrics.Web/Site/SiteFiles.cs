using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sellmetrics.Web.Site;

/// <summary>
/// Serves the browser pages from the web root: the <c>wwwroot/</c> the build copies beside the binaries, or the folder
/// given as <c>--webroot</c> (to edit the pages without rebuilding); <c>/</c> opens the dashboard.
/// </summary>
public static class SiteFiles
{
    public const string StartPage = "/dashboard.html";

    public static WebApplication UseSiteFiles(this WebApplication app)
    {
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.MapGet("/", () => TypedResults.Redirect(StartPage)).ExcludeFromDescription();
        app.MapMarketplaceList();
        return app;
    }
}
