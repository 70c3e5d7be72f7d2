namespace Sellmetrics.Marketplaces.Amazon;

/// <summary>An SP-API region; each has its own endpoint and its own seller authorization.</summary>
public enum AmazonRegion
{
    NA,
    EU,
    FE,
}
