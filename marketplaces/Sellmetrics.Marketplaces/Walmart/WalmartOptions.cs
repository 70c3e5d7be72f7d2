using System.ComponentModel.DataAnnotations;

namespace Sellmetrics.Marketplaces.Walmart;

/// <summary>Where the Walmart Marketplace API lives and how Sellmetrics identifies itself to it (section <c>Walmart</c>).</summary>
public sealed class WalmartOptions
{
    public const string Section = "Walmart";

    [Required]
    public Uri BaseUrl { get; set; } = new("https://marketplace.walmartapis.com");

    /// <summary>The required <c>WM_SVC.NAME</c> header.</summary>
    [Required]
    public string ServiceName { get; set; } = "Walmart Marketplace";

    /// <summary>The optional <c>WM_CONSUMER.CHANNEL.TYPE</c> header given at onboarding.</summary>
    public string? ChannelType { get; set; }

    /// <summary>Access tokens are renewed this long before they expire (on the marketplace's clock).</summary>
    public TimeSpan AccessTokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Orders and returns per page (Walmart allows up to 200).</summary>
    [Range(1, 200)]
    public int PageSize { get; set; } = 200;

    /// <summary>
    /// Token buckets per operation (Walmart publishes them per API reference page, not in the models), keyed by the
    /// operation names of <see cref="WalmartOperations"/>; unset operations use the defaults there.
    /// </summary>
    public Dictionary<string, WalmartRateOptions> Rates { get; set; } = [];
}
