using System.Runtime.CompilerServices;
using Sellmetrics.Marketplaces.Amazon.Inventory;

namespace Sellmetrics.Marketplaces.Amazon;

internal sealed partial class AmazonSellerApi
{
    public async IAsyncEnumerable<InventorySummary> GetInventorySummariesAsync(
        DateTimeOffset? changedSince = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? nextToken = null;
        do
        {
            var response = await MarketplaceCalls.RunAsync(Marketplace,
                AmazonOperations.GetInventorySummaries.Name,
                () => _inventory.GetInventorySummariesAsync("Marketplace", MarketplaceId, MarketplaceId, "true", Iso(changedSince), nextToken, cancellationToken)).ConfigureAwait(false);
            var payload = response.Payload
                ?? throw new MarketplaceApiException(Marketplace, AmazonOperations.GetInventorySummaries.Name, System.Net.HttpStatusCode.OK, "MissingPayload", null);
            foreach (var summary in payload.InventorySummaries ?? [])
            {
                yield return summary;
            }

            nextToken = response.Pagination?.NextToken;
        }
        while (!string.IsNullOrEmpty(nextToken));
    }
}
