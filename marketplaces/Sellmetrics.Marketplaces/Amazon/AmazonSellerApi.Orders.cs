using System.Runtime.CompilerServices;
using Sellmetrics.Marketplaces.Amazon.Orders;

namespace Sellmetrics.Marketplaces.Amazon;

internal sealed partial class AmazonSellerApi
{
    public async Task<OrdersPage> GetOrdersPageAsync(DateTimeOffset lastUpdatedAfter, string? nextToken, CancellationToken cancellationToken = default)
    {
        var response = await MarketplaceCalls.RunAsync(Marketplace,
            AmazonOperations.GetOrders.Name,
            () => _orders.GetOrdersAsync([MarketplaceId], Iso(lastUpdatedAfter), null, MaxPageSize, nextToken, cancellationToken)).ConfigureAwait(false);
        return response.Require(AmazonOperations.GetOrders.Name);
    }

    public async IAsyncEnumerable<Order> GetOrdersUpdatedSinceAsync(
        DateTimeOffset lastUpdatedAfter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? nextToken = null;
        do
        {
            var page = await GetOrdersPageAsync(lastUpdatedAfter, nextToken, cancellationToken).ConfigureAwait(false);
            foreach (var order in page.Orders ?? [])
            {
                yield return order;
            }

            nextToken = page.NextToken;
        }
        while (!string.IsNullOrEmpty(nextToken));
    }

    public async IAsyncEnumerable<OrderItem> GetOrderItemsAsync(string amazonOrderId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? nextToken = null;
        do
        {
            var response = await MarketplaceCalls.RunAsync(Marketplace,
                AmazonOperations.GetOrderItems.Name,
                () => _orders.GetOrderItemsAsync(amazonOrderId, nextToken, cancellationToken)).ConfigureAwait(false);
            var page = response.Require(AmazonOperations.GetOrderItems.Name);
            foreach (var item in page.OrderItems ?? [])
            {
                yield return item;
            }

            nextToken = page.NextToken;
        }
        while (!string.IsNullOrEmpty(nextToken));
    }
}
