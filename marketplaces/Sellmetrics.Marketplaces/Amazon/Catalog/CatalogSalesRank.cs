namespace Sellmetrics.Marketplaces.Amazon.Catalog;

/// <summary>A rank in a classification (<see cref="ClassificationId"/>) or a website display group (<see cref="WebsiteDisplayGroup"/>).</summary>
public sealed record CatalogSalesRank(string? ClassificationId, string? WebsiteDisplayGroup, string Title, Uri? Link, int Rank);
