using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Sellmetrics.Web.Security;

/// <summary>
/// Which reverse proxies (Railway's edge, a Kubernetes ingress) may tell us the client's address
/// and scheme (section <c>ForwardedHeaders</c>). Nothing configured means no forwarded header is trusted.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Proxy addresses, comma-separated.</summary>
    public string? KnownProxies { get; set; }

    /// <summary>Proxy networks in CIDR form, comma-separated (e.g. <c>10.0.0.0/8</c>).</summary>
    public string? KnownNetworks { get; set; }

    /// <summary>How many proxies stand in front of the silo.</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(KnownProxies) || !string.IsNullOrWhiteSpace(KnownNetworks);

    public IEnumerable<IPAddress> Proxies => Split(KnownProxies).Select(IPAddress.Parse);

    public IEnumerable<IPNetwork> Networks => Split(KnownNetworks).Select(network => IPNetwork.Parse(network));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in Split(KnownProxies).Where(proxy => !IPAddress.TryParse(proxy, out _)))
        {
            yield return new ValidationResult($"'{proxy}' in ForwardedHeaders:KnownProxies is not an IP address.", [nameof(KnownProxies)]);
        }

        foreach (var network in Split(KnownNetworks).Where(network => !IPNetwork.TryParse(network, out _)))
        {
            yield return new ValidationResult($"'{network}' in ForwardedHeaders:KnownNetworks is not a CIDR network.", [nameof(KnownNetworks)]);
        }
    }

    private static string[] Split(string? list) =>
        (list ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
