namespace Sellmetrics.Marketplaces.Amazon.Finances;

/// <summary>A settlement period (financial event group).</summary>
public sealed record FinancialEventGroup(
    string FinancialEventGroupId,
    string? ProcessingStatus,
    string? FundTransferStatus,
    FinanceAmount? OriginalTotal,
    FinanceAmount? ConvertedTotal,
    DateTimeOffset? FundTransferDate,
    string? TraceId,
    string? AccountTail,
    FinanceAmount? BeginningBalance,
    DateTimeOffset? FinancialEventGroupStart,
    DateTimeOffset? FinancialEventGroupEnd);
