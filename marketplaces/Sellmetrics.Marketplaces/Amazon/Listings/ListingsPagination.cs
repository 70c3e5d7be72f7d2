namespace Sellmetrics.Marketplaces.Amazon.Listings;

/// <summary>searchListingsItems paging: pass <see cref="NextToken"/> as <c>pageToken</c> for the next page.</summary>
public sealed record ListingsPagination(string? NextToken, string? PreviousToken);
