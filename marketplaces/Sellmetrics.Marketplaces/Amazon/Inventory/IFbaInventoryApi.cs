using Refit;

namespace Sellmetrics.Marketplaces.Amazon.Inventory;

/// <summary>SP-API FBA Inventory v1 (getInventorySummaries).</summary>
internal interface IFbaInventoryApi
{
    [Get("/fba/inventory/v1/summaries")]
    Task<InventorySummariesResponse> GetInventorySummariesAsync(
        [AliasAs("granularityType")] string granularityType,
        [AliasAs("granularityId")] string granularityId,
        [AliasAs("marketplaceIds")] string marketplaceIds,
        [AliasAs("details")] string? details,
        [AliasAs("startDateTime")] string? startDateTime,
        [AliasAs("nextToken")] string? nextToken,
        CancellationToken cancellationToken);
}
