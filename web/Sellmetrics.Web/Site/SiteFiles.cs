using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Sellmetrics.Web.Site;

/// <summary>
/// Serves the browser pages from the <c>wwwroot/</c> that the build copies beside the binaries (so any working folder
/// works), or from the folder given as <c>--webroot</c> (edit the pages without rebuilding); <c>/</c> opens the dashboard.
/// </summary>
public static class SiteFiles
{
    public const string StartPage = "/dashboard.html";

    public static WebApplication UseSiteFiles(this WebApplication app)
    {
        var root = app.Configuration[WebHostDefaults.WebRootKey] is { Length: > 0 }
            ? app.Environment.WebRootFileProvider
            : new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot"));

        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".mjs"] = "text/javascript";
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = root,
            ContentTypeProvider = types,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.MapGet("/", () => TypedResults.Redirect(StartPage)).ExcludeFromDescription();
        return app;
    }
}
