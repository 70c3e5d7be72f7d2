using Microsoft.Extensions.Configuration.Memory;
using Sellmetrics.Grains;

namespace Sellmetrics.Silo.Hosting;

/// <summary>
/// With the sandbox mounted, the marketplace clients talk to it (this process's own address) unless their URLs are
/// configured: the defaults are added below every other configuration source, so an explicit setting always wins, key by
/// key. The app's OAuth identity (<c>Amazon:ApplicationId</c>, <c>ClientId</c>, <c>ClientSecret</c>) is defaulted only as a
/// whole and only when none of it is configured, together with the token and consent URLs it is used with: a configured
/// identity is a real one, and neither its secret nor its sellers' consent may be sent to the sandbox.
/// </summary>
public static class SandboxEndpoints
{
    private static readonly string[] AppIdentityKeys = ["Amazon:ApplicationId", "Amazon:ClientId", "Amazon:ClientSecret"];

    public static void PointClientsAtSandbox(IConfigurationBuilder configuration, IConfiguration current)
    {
        var self = OwnAddress(current);
        var defaults = new Dictionary<string, string?>
        {
            ["Amazon:Endpoints:NA"] = new Uri(self, "sandbox/amazon").ToString(),
            ["Amazon:Endpoints:EU"] = new Uri(self, "sandbox/amazon").ToString(),
            ["Amazon:Endpoints:FE"] = new Uri(self, "sandbox/amazon").ToString(),
            ["Walmart:BaseUrl"] = new Uri(self, "sandbox/walmart").ToString(),
        };
        if (AppIdentityKeys.All(key => string.IsNullOrEmpty(current[key])))
        {
            defaults["Amazon:LwaTokenUrl"] = new Uri(self, "sandbox/amazon-auth/auth/o2/token").ToString();
            defaults["Amazon:ConsentUrl"] = new Uri(self, "sandbox/amazon-auth/apps/authorize/consent").ToString();
            defaults["Amazon:ApplicationId"] = "amzn1.sp.solution.sandbox";
            defaults["Amazon:ClientId"] = "amzn1.application-oa2-client.sandbox";
            defaults["Amazon:ClientSecret"] = "sandbox-app-secret";
        }

        configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = defaults });
    }

    // The first URL HTTP listens on, with a wildcard host made loopback; Kestrel's own default otherwise.
    private static Uri OwnAddress(IConfiguration configuration)
    {
        var urls = configuration["urls"];
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault()
            ?? (int.TryParse(configuration["PORT"], out var port) ? $"http://localhost:{port}" : "http://localhost:5000");
        return ListeningAddress.RootOf(first);
    }
}
