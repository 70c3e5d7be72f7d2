namespace Sellmetrics.Marketplaces.Amazon.Finances;

/// <summary>One page of listFinancialEventGroups.</summary>
public sealed record FinancialEventGroupsPage(IReadOnlyList<FinancialEventGroup>? FinancialEventGroupList, string? NextToken);
