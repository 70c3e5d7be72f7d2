using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;

namespace Sellmetrics.Sandbox.Amazon.Orders;

/// <summary>Orders v0 wire shapes: <c>Order</c> and <c>OrderItem</c>, money as <c>{CurrencyCode, Amount:"12.99"}</c>.</summary>
internal static class OrderJson
{
    public static object Order(AmazonOrder order, DateTimeOffset asOf)
    {
        var status = order.StatusAt(asOf);
        var shipped = status == "Shipped" ? order.Units : 0;
        var latestShip = order.PurchaseDate.AddDays(order.IsFba ? 2 : 3);
        var currency = order.Marketplace.Currency;
        return new
        {
            order.AmazonOrderId,
            SellerOrderId = order.AmazonOrderId,
            PurchaseDate = SandboxJson.Iso(order.PurchaseDate),
            LastUpdateDate = SandboxJson.Iso(order.LastUpdateAt(asOf)),
            OrderStatus = status,
            FulfillmentChannel = order.IsFba ? "AFN" : "MFN",
            SalesChannel = order.Marketplace.Name,
            order.ShipServiceLevel,
            OrderTotal = status is "Pending" or "Canceled" ? null : Money(order.OrderTotal, currency),
            NumberOfItemsShipped = shipped,
            NumberOfItemsUnshipped = status == "Canceled" ? 0 : order.Units - shipped,
            PaymentMethod = status == "Pending" ? null : "Other",
            PaymentMethodDetails = status == "Pending" ? null : new[] { "Standard" },
            IsReplacementOrder = false,
            MarketplaceId = order.Marketplace.Id,
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

    public static object Item(AmazonOrderItem item, string status, string currency)
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
            ItemPrice = priced ? Money(item.ItemPrice, currency) : null,
            ItemTax = priced ? Money(item.ItemTax, currency) : null,
            ShippingPrice = priced ? Money(item.ShippingPrice, currency) : null,
            ShippingTax = priced ? Money(item.ShippingTax, currency) : null,
            ShippingDiscount = priced ? Money(item.ShippingDiscount, currency) : null,
            ShippingDiscountTax = priced ? Money(0m, currency) : null,
            PromotionDiscount = priced ? Money(item.PromotionDiscount, currency) : null,
            PromotionDiscountTax = priced ? Money(0m, currency) : null,
            PromotionIds = priced && item.PromotionId is { } promotion ? new[] { promotion } : null,
            IsGift = item.GiftWrapPrice > 0 ? "true" : "false",
            BuyerInfo = priced && item.GiftWrapPrice > 0 ? new { GiftWrapPrice = Money(item.GiftWrapPrice, currency), GiftWrapTax = Money(item.GiftWrapTax, currency) } : null,
            ConditionId = "New",
            ConditionSubtypeId = "New",
            IsTransparency = false,
            SerialNumberRequired = false,
            TaxCollection = new { Model = "MarketplaceFacilitator", ResponsibleParty = "Amazon Services, Inc." },
        };
    }

    private static object Money(decimal amount, string currency) => new { CurrencyCode = currency, Amount = Generation.Money.Text(amount) };
}
