namespace Sellmetrics.Marketplaces.Walmart.Orders;

/// <summary>The <c>shipNodeType</c> values of <c>GET /v3/orders</c>; Walmart returns only <see cref="SellerFulfilled"/> orders unless asked for another.</summary>
public static class WalmartShipNodeTypes
{
    public const string SellerFulfilled = "SellerFulfilled";
    public const string WfsFulfilled = "WFSFulfilled";
    public const string ThirdPartyFulfilled = "3PLFulfilled";

    /// <summary>Every type, so a pull that asks for each one sees all of a seller's orders.</summary>
    public static IReadOnlyList<string> All { get; } = [SellerFulfilled, WfsFulfilled, ThirdPartyFulfilled];
}
