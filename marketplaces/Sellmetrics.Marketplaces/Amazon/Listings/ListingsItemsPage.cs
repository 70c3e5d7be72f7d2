namespace Sellmetrics.Marketplaces.Amazon.Listings;

/// <summary>One page of searchListingsItems: the listings found in all, this page's items, and the token of the next page (none on the last).</summary>
public sealed record ListingsItemsPage(int NumberOfResults, ListingsPagination? Pagination, IReadOnlyList<ListingsItem> Items);
