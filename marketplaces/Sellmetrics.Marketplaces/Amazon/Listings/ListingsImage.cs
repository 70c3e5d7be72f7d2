namespace Sellmetrics.Marketplaces.Amazon.Listings;

public sealed record ListingsImage(Uri Link, int? Height, int? Width);
