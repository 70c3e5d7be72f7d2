namespace Sellmetrics.Listings.Conversion;

/// <summary>One listing's traffic on one day as the marketplace reported it.</summary>
public sealed record TrafficFigures(DateOnly Day, int Sessions, int PageViews, int UnitsOrdered, decimal OrderedRevenue);
