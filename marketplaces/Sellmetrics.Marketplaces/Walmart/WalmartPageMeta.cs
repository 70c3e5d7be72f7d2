namespace Sellmetrics.Marketplaces.Walmart;

/// <summary>Cursor paging metadata; <see cref="NextCursor"/> is a ready-made query string beginning with <c>?</c>.</summary>
public sealed record WalmartPageMeta(int? TotalCount, int? Limit, string? NextCursor);
