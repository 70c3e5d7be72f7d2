namespace Sellmetrics.Marketplaces.Walmart.Orders;

/// <summary>Who fulfils the order: <see cref="Type"/> is SellerFulfilled, WFSFulfilled or 3PLFulfilled.</summary>
public sealed record WalmartShipNode(string? Type, string? Name, string? Id);
