using Refit;

namespace Sellmetrics.Marketplaces.Amazon.Finances;

/// <summary>SP-API Finances v0 (listFinancialEventGroups, listFinancialEvents).</summary>
internal interface IFinancesApi
{
    [Get("/finances/v0/financialEventGroups")]
    Task<AmazonPayload<FinancialEventGroupsPage>> ListFinancialEventGroupsAsync(
        [AliasAs("MaxResultsPerPage")] int? maxResultsPerPage,
        [AliasAs("FinancialEventGroupStartedAfter")] string? startedAfter,
        [AliasAs("FinancialEventGroupStartedBefore")] string? startedBefore,
        [AliasAs("NextToken")] string? nextToken,
        CancellationToken cancellationToken);

    [Get("/finances/v0/financialEvents")]
    Task<AmazonPayload<FinancialEventsPage>> ListFinancialEventsAsync(
        [AliasAs("MaxResultsPerPage")] int? maxResultsPerPage,
        [AliasAs("PostedAfter")] string? postedAfter,
        [AliasAs("PostedBefore")] string? postedBefore,
        [AliasAs("NextToken")] string? nextToken,
        CancellationToken cancellationToken);
}
