using System.ComponentModel.DataAnnotations;

namespace Sellmetrics.Marketplaces.Amazon;

/// <summary>SP-API base URLs per region (section <c>Amazon:Endpoints</c>).</summary>
public sealed class AmazonEndpoints
{
    [Required]
    public Uri NA { get; set; } = new("https://sellingpartnerapi-na.amazon.com");

    [Required]
    public Uri EU { get; set; } = new("https://sellingpartnerapi-eu.amazon.com");

    [Required]
    public Uri FE { get; set; } = new("https://sellingpartnerapi-fe.amazon.com");
}
