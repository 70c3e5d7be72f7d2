namespace Sellmetrics.Marketplaces.Amazon.Orders;

/// <summary>One page of getOrders.</summary>
public sealed record OrdersPage(
    IReadOnlyList<Order>? Orders,
    string? NextToken,
    DateTimeOffset? LastUpdatedBefore,
    DateTimeOffset? CreatedBefore);
