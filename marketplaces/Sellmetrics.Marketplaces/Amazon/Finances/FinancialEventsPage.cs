namespace Sellmetrics.Marketplaces.Amazon.Finances;

/// <summary>One page of listFinancialEvents.</summary>
public sealed record FinancialEventsPage(FinancialEvents? FinancialEvents, string? NextToken);
