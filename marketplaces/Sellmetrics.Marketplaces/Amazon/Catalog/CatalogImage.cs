namespace Sellmetrics.Marketplaces.Amazon.Catalog;

/// <summary>An image; <see cref="Variant"/> is MAIN, PT01…PT08 or SWCH.</summary>
public sealed record CatalogImage(string Variant, Uri Link, int Height, int Width);
