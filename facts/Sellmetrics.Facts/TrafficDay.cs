namespace Sellmetrics.Facts;

/// <summary>One listing's traffic on one day from the sales and traffic report; conversion = units ordered ÷ sessions.</summary>
public sealed record TrafficDay(
    string Asin,
    string? Sku,
    DateOnly Day,
    int Sessions,
    int PageViews,
    int UnitsOrdered,
    decimal? BuyBoxPercentage);
