namespace Sellmetrics.Silo.Hosting;

public static class RailwayPort
{
    /// <summary>Listens on <c>PORT</c> on every interface when a platform injects it and no URL is configured.</summary>
    public static WebApplicationBuilder ListenOnPlatformPort(this WebApplicationBuilder builder)
    {
        var port = builder.Configuration["PORT"];
        if (int.TryParse(port, out var number) && string.IsNullOrEmpty(builder.Configuration["Urls"]))
        {
            builder.WebHost.UseUrls($"http://[::]:{number}");
        }

        return builder;
    }
}
