using System.Runtime.CompilerServices;
using Sellmetrics.Marketplaces.Amazon.Finances;

namespace Sellmetrics.Marketplaces.Amazon;

internal sealed partial class AmazonSellerApi
{
    public async IAsyncEnumerable<FinancialEventGroup> GetFinancialEventGroupsAsync(
        DateTimeOffset startedAfter, DateTimeOffset? startedBefore = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? nextToken = null;
        do
        {
            var response = await MarketplaceCalls.RunAsync(Marketplace,
                AmazonOperations.ListFinancialEventGroups.Name,
                () => _finances.ListFinancialEventGroupsAsync(MaxPageSize, Iso(startedAfter), Iso(startedBefore), nextToken, cancellationToken)).ConfigureAwait(false);
            var page = response.Require(AmazonOperations.ListFinancialEventGroups.Name);
            foreach (var group in page.FinancialEventGroupList ?? [])
            {
                yield return group;
            }

            nextToken = page.NextToken;
        }
        while (!string.IsNullOrEmpty(nextToken));
    }

    public async IAsyncEnumerable<FinancialEvents> GetFinancialEventsAsync(
        DateTimeOffset postedAfter, DateTimeOffset? postedBefore = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? nextToken = null;
        do
        {
            var response = await MarketplaceCalls.RunAsync(Marketplace,
                AmazonOperations.ListFinancialEvents.Name,
                () => _finances.ListFinancialEventsAsync(MaxPageSize, Iso(postedAfter), Iso(postedBefore), nextToken, cancellationToken)).ConfigureAwait(false);
            var page = response.Require(AmazonOperations.ListFinancialEvents.Name);
            if (page.FinancialEvents is { } events)
            {
                yield return events;
            }

            nextToken = page.NextToken;
        }
        while (!string.IsNullOrEmpty(nextToken));
    }
}
