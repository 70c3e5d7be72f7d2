using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Sellmetrics.Silo.Hosting;

/// <summary>How this silo joins its cluster (section <c>Orleans</c>).</summary>
public sealed class OrleansHostOptions : IValidatableObject
{
    public const string Section = "Orleans";

    /// <summary>Silos with the same cluster id form one cluster.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9._-]{1,150}$")]
    public string ClusterId { get; set; } = "sellmetrics";

    /// <summary>Reminders belong to the service id; keep it across deployments.</summary>
    [Required]
    [RegularExpression("^[A-Za-z0-9._-]{1,150}$")]
    public string ServiceId { get; set; } = "sellmetrics";

    /// <summary>Port for silo-to-silo traffic.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Port for external Orleans clients; 0 turns the gateway off.</summary>
    [Range(0, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>Address other silos reach this one on; empty lets Orleans pick this host's first address.</summary>
    public string? AdvertisedIPAddress { get; set; }

    /// <summary>Bind silo and gateway ports on every interface (containers) rather than the advertised address only.</summary>
    public bool ListenOnAnyHostAddress { get; set; }

    /// <summary>Time a stopping silo gets to hand over its grains and leave the cluster.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Shortest reminder period accepted; Orleans' own default is one minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan MinimumReminderPeriod { get; set; } = TimeSpan.FromMinutes(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(AdvertisedIPAddress) && !IPAddress.TryParse(AdvertisedIPAddress, out _))
        {
            yield return new ValidationResult($"'{AdvertisedIPAddress}' is not an IP address.", [nameof(AdvertisedIPAddress)]);
        }

        if (SiloPort == GatewayPort)
        {
            yield return new ValidationResult("SiloPort and GatewayPort must differ.", [nameof(SiloPort), nameof(GatewayPort)]);
        }
    }
}
