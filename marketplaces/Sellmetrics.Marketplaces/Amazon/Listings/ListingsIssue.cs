namespace Sellmetrics.Marketplaces.Amazon.Listings;

/// <summary>A problem Amazon reports on a listing; <see cref="Severity"/> is ERROR, WARNING or INFO.</summary>
public sealed record ListingsIssue(string Code, string Message, string Severity, IReadOnlyList<string>? AttributeNames);
