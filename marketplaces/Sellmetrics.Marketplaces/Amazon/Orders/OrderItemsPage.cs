namespace Sellmetrics.Marketplaces.Amazon.Orders;

/// <summary>One page of getOrderItems.</summary>
public sealed record OrderItemsPage(string AmazonOrderId, IReadOnlyList<OrderItem>? OrderItems, string? NextToken);
