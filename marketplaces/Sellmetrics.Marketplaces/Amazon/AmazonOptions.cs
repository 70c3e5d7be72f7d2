using System.ComponentModel.DataAnnotations;

namespace Sellmetrics.Marketplaces.Amazon;

/// <summary>Where Login with Amazon and the SP-API live, and our application's identity for the website authorization flow (section <c>Amazon</c>).</summary>
public sealed class AmazonOptions
{
    public const string Section = "Amazon";

    [Required]
    public Uri LwaTokenUrl { get; set; } = new("https://api.amazon.com/auth/o2/token");

    [Required]
    public AmazonEndpoints Endpoints { get; set; } = new();

    /// <summary>The SP-API application id (<c>amzn1.sp.solution.…</c>) used in the consent URL.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>Our LWA client id, used for the authorization-code grant.</summary>
    public string? ClientId { get; set; }

    /// <summary>Our LWA client secret, used for the authorization-code grant. Never logged.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Seller Central consent page, e.g. <c>https://sellercentral.amazon.com/apps/authorize/consent</c>.</summary>
    public Uri ConsentUrl { get; set; } = new("https://sellercentral.amazon.com/apps/authorize/consent");

    /// <summary>Adds <c>version=beta</c> to the consent URL, for an application still in Draft status.</summary>
    public bool ConsentVersionBeta { get; set; }

    /// <summary>How long a consent <c>state</c> stays valid.</summary>
    public TimeSpan ConsentStateLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Access tokens are renewed this long before they expire (on the marketplace's clock).</summary>
    public TimeSpan AccessTokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Polling interval for report processing, on the marketplace's clock.</summary>
    public TimeSpan ReportPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The <c>user-agent</c> Amazon asks every caller to send.</summary>
    public string UserAgent { get; set; } = "Sellmetrics/1.0 (Language=C#; Platform=.NET)";

    public Uri EndpointFor(AmazonRegion region) => region switch
    {
        AmazonRegion.NA => Endpoints.NA,
        AmazonRegion.EU => Endpoints.EU,
        AmazonRegion.FE => Endpoints.FE,
        _ => throw new ArgumentOutOfRangeException(nameof(region), region, "Unknown SP-API region."),
    };
}
