using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Walmart.History;

namespace Sellmetrics.Sandbox.Walmart;

/// <summary>The Walmart <c>Order</c> shape: dates as epoch milliseconds, one line per unit, money as <c>{currency, amount}</c>.</summary>
internal static class WalmartOrderJson
{
    private static readonly string[] FirstNames = ["Avery", "Jordan", "Taylor", "Morgan", "Riley", "Casey", "Quinn", "Harper"];
    private static readonly string[] LastNames = ["Smith", "Johnson", "Lee", "Garcia", "Brown", "Davis", "Miller", "Wilson"];

    public static object Order(WalmartOrder order, DateTimeOffset asOf)
    {
        var random = SeededRandom.For(StableHash.Of(order.PurchaseOrderId), 21);
        return new
        {
            purchaseOrderId = order.PurchaseOrderId,
            customerOrderId = order.CustomerOrderId,
            customerEmailId = random.Hex(24).ToUpperInvariant() + "@relay.walmart.com",
            orderType = "REGULAR",
            orderDate = SandboxJson.EpochMilliseconds(order.OrderDate),
            shippingInfo = new
            {
                phone = "206555" + random.Digits(4),
                estimatedDeliveryDate = SandboxJson.EpochMilliseconds(order.OrderDate.AddDays(5)),
                estimatedShipDate = SandboxJson.EpochMilliseconds(order.OrderDate.AddDays(2)),
                methodCode = order.MethodCode,
                postalAddress = new
                {
                    name = $"{random.Pick(FirstNames)} {random.Pick(LastNames)}",
                    address1 = $"{random.Next(10, 9999)} {random.Pick(LastNames)} Ave",
                    city = order.ShipTo.City,
                    state = order.ShipTo.State,
                    postalCode = order.ShipTo.PostalCode,
                    country = "USA",
                    addressType = "RESIDENTIAL",
                },
            },
            orderLines = new { orderLine = order.Lines.Select(l => Line(order, l, asOf)) },
            shipNode = new { type = order.ShipNodeType, name = order.ShipNodeType switch { WalmartOrder.WfsFulfilled => "WFS", WalmartOrder.ThirdPartyFulfilled => "3PL warehouse", _ => "Seller warehouse" }, id = order.IsWfs ? "WFS-1" : "SN-" + order.PurchaseOrderId[..4] },
        };
    }

    private static object Line(WalmartOrder order, WalmartOrderLine line, DateTimeOffset asOf)
    {
        var status = order.StatusAt(asOf);
        var shipped = status is "Shipped" or "Delivered";
        return new
        {
            lineNumber = line.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            item = new { productName = line.Product.Title, sku = line.Product.Sku },
            charges = new { charge = new[] { Charge(line.Price, line.Tax) } },
            orderLineQuantity = Quantity(),
            statusDate = SandboxJson.EpochMilliseconds(order.LastModifiedAt(asOf)),
            orderLineStatuses = new
            {
                orderLineStatus = new[]
                {
                    new
                    {
                        status,
                        statusQuantity = Quantity(),
                        cancellationReason = status == "Cancelled" ? "CUSTOMER_REQUESTED_SELLER_TO_CANCEL" : null,
                        trackingInfo = shipped
                            ? new
                            {
                                shipDateTime = SandboxJson.EpochMilliseconds(order.ShippedAt!.Value),
                                carrierName = new { carrier = order.IsWfs ? "FedEx" : "UPS" },
                                methodCode = order.MethodCode,
                                trackingNumber = "1Z" + order.PurchaseOrderId,
                                trackingURL = "https://www.walmart.com/tracking?tracking_id=1Z" + order.PurchaseOrderId,
                            }
                            : null,
                    },
                },
            },
            refund = order.IsRefundedAt(line.LineNumber, asOf)
                ? new
                {
                    refundId = order.Return!.ReturnOrderId,
                    refundComments = order.Return.Reason,
                    refundCharges = new { refundCharge = new[] { new { refundReason = order.Return.RefundReason, charge = Charge(-line.Price, -line.Tax) } } },
                }
                : null,
            fulfillment = new { fulfillmentOption = "S2H", shipMethod = order.MethodCode.ToUpperInvariant(), pickUpDateTime = SandboxJson.EpochMilliseconds(order.OrderDate.AddDays(2)) },
        };
    }

    private static object Charge(decimal price, decimal tax) => new
    {
        chargeType = "PRODUCT",
        chargeName = "ItemPrice",
        chargeAmount = new { currency = WalmartStore.Currency, amount = price },
        tax = new { taxName = "Tax1", taxAmount = new { currency = WalmartStore.Currency, amount = tax } },
    };

    private static object Quantity() => new { unitOfMeasurement = "EACH", amount = "1" };
}
