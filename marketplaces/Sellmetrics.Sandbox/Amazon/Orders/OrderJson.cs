using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Amazon.Orders;

/// <summary>Orders v0 wire shapes: <c>Order</c> and <c>OrderItem</c>, money as <c>{CurrencyCode, Amount:"12.99"}</c>.</summary>
internal static class OrderJson
{
    public static object Order(AmazonOrder order, DateTimeOffset asOf)
    {
        var status = order.StatusAt(asOf);
        var shipped = status == "Shipped" ? order.Units : 0;
        var latestShip = order.PurchaseDate.AddDays(order.IsFba ? 2 : 3);
        return new
        {
            order.AmazonOrderId,
            SellerOrderId = order.AmazonOrderId,
            PurchaseDate = SandboxJson.Iso(order.PurchaseDate),
            LastUpdateDate = SandboxJson.Iso(order.LastUpdateAt(asOf)),
            OrderStatus = status,
            FulfillmentChannel = order.IsFba ? "AFN" : "MFN",
            SalesChannel = "Amazon.com",
            order.ShipServiceLevel,
            OrderTotal = status is "Pending" or "Canceled" ? null : Money(order.OrderTotal),
            NumberOfItemsShipped = shipped,
            NumberOfItemsUnshipped = status == "Canceled" ? 0 : order.Units - shipped,
            PaymentMethod = status == "Pending" ? null : "Other",
            PaymentMethodDetails = status == "Pending" ? null : new[] { "Standard" },
            IsReplacementOrder = false,
            MarketplaceId = Seller.MarketplaceId,
            ShipmentServiceLevelCategory = order.IsPrime ? "Expedited" : "Standard",
            OrderType = "StandardOrder",
            EarliestShipDate = SandboxJson.Iso(order.PurchaseDate),
            LatestShipDate = SandboxJson.Iso(latestShip),
            EarliestDeliveryDate = SandboxJson.Iso(latestShip.AddDays(1)),
            LatestDeliveryDate = SandboxJson.Iso(latestShip.AddDays(order.IsPrime ? 2 : 5)),
            order.IsBusinessOrder,
            order.IsPrime,
            IsPremiumOrder = false,
            IsGlobalExpressEnabled = false,
            IsSoldByAB = false,
            IsIBA = false,
            IsISPU = false,
            IsAccessPointOrder = false,
            HasRegulatedItems = false,
            ShippingAddress = new
            {
                order.ShipTo.City,
                StateOrRegion = order.ShipTo.State,
                order.ShipTo.PostalCode,
                CountryCode = order.ShipTo.Country,
            },
        };
    }

    public static object Item(AmazonOrderItem item, string status)
    {
        var priced = status != "Pending";
        var shipped = status == "Shipped" ? item.Quantity : 0;
        return new
        {
            ASIN = item.Product.Asin,
            SellerSKU = item.Product.Sku,
            item.OrderItemId,
            item.Product.Title,
            QuantityOrdered = item.Quantity,
            QuantityShipped = shipped,
            ProductInfo = new { NumberOfItems = "1" },
            ItemPrice = priced ? Money(item.ItemPrice) : null,
            ItemTax = priced ? Money(item.ItemTax) : null,
            ShippingPrice = priced ? Money(item.ShippingPrice) : null,
            ShippingTax = priced ? Money(item.ShippingTax) : null,
            ShippingDiscount = priced ? Money(0m) : null,
            ShippingDiscountTax = priced ? Money(0m) : null,
            PromotionDiscount = priced ? Money(item.PromotionDiscount) : null,
            PromotionDiscountTax = priced ? Money(0m) : null,
            PromotionIds = priced && item.PromotionId is { } promotion ? new[] { promotion } : null,
            IsGift = "false",
            ConditionId = "New",
            ConditionSubtypeId = "New",
            IsTransparency = false,
            SerialNumberRequired = false,
            TaxCollection = new { Model = "MarketplaceFacilitator", ResponsibleParty = "Amazon Services, Inc." },
        };
    }

    private static object Money(decimal amount) => new { CurrencyCode = Seller.Currency, Amount = Generation.Money.Text(amount) };
}
