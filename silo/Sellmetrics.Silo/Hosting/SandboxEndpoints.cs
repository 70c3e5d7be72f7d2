using Microsoft.Extensions.Configuration.Memory;

namespace Sellmetrics.Silo.Hosting;

/// <summary>
/// With the sandbox mounted, the marketplace clients talk to it (this process's own address) unless their URLs are
/// configured: the defaults are added below every other configuration source, so an explicit setting always wins.
/// </summary>
public static class SandboxEndpoints
{
    public static void PointClientsAtSandbox(IConfigurationBuilder configuration, IConfiguration current)
    {
        var self = OwnAddress(current);
        configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Amazon:LwaTokenUrl"] = new Uri(self, "sandbox/amazon-auth/auth/o2/token").ToString(),
                ["Amazon:Endpoints:NA"] = new Uri(self, "sandbox/amazon").ToString(),
                ["Amazon:Endpoints:EU"] = new Uri(self, "sandbox/amazon").ToString(),
                ["Amazon:Endpoints:FE"] = new Uri(self, "sandbox/amazon").ToString(),
                ["Amazon:ConsentUrl"] = new Uri(self, "sandbox/amazon-auth/apps/authorize/consent").ToString(),
                ["Amazon:ApplicationId"] = "amzn1.sp.solution.sandbox",
                ["Amazon:ClientId"] = "amzn1.application-oa2-client.sandbox",
                ["Amazon:ClientSecret"] = "sandbox-app-secret",
                ["Walmart:BaseUrl"] = new Uri(self, "sandbox/walmart").ToString(),
            },
        });
    }

    // The first URL HTTP listens on, with a wildcard host made loopback; Kestrel's own default otherwise.
    private static Uri OwnAddress(IConfiguration configuration)
    {
        var urls = configuration["urls"];
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
            ?? (int.TryParse(configuration["PORT"], out var port) ? $"http://localhost:{port}" : "http://localhost:5000");
        var address = new UriBuilder(first.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal));
        if (address.Host is "0.0.0.0" or "[::]" or "::")
        {
            address.Host = "localhost";
        }

        address.Path = "/";
        return address.Uri;
    }
}
