using Refit;

namespace Sellmetrics.Marketplaces.Amazon.Orders;

/// <summary>SP-API Orders v0 (getOrders, getOrderItems).</summary>
internal interface IOrdersApi
{
    [Get("/orders/v0/orders")]
    Task<AmazonPayload<OrdersPage>> GetOrdersAsync(
        [AliasAs("MarketplaceIds")][Query(CollectionFormat.Csv)] IEnumerable<string> marketplaceIds,
        [AliasAs("LastUpdatedAfter")] string? lastUpdatedAfter,
        [AliasAs("CreatedAfter")] string? createdAfter,
        [AliasAs("MaxResultsPerPage")] int? maxResultsPerPage,
        [AliasAs("NextToken")] string? nextToken,
        CancellationToken cancellationToken);

    [Get("/orders/v0/orders/{orderId}/orderItems")]
    Task<AmazonPayload<OrderItemsPage>> GetOrderItemsAsync(
        string orderId,
        [AliasAs("NextToken")] string? nextToken,
        CancellationToken cancellationToken);
}
