using Sellmetrics.Sandbox.Walmart.History;

namespace Sellmetrics.Sandbox.Walmart;

/// <summary>The Walmart return order shape: ISO dates, money as <c>{currencyAmount, currencyUnit}</c>.</summary>
internal static class WalmartReturnJson
{
    public static object ReturnOrder(WalmartOrder order, DateTimeOffset asOf)
    {
        var r = order.Return!;
        var refunded = r.RefundedAt <= asOf;
        var lines = order.Lines.Where(l => r.LineNumbers.Contains(l.LineNumber)).ToList();
        return new
        {
            returnOrderId = r.ReturnOrderId,
            customerEmailId = order.CustomerOrderId + "@relay.walmart.com",
            returnType = "REFUND",
            customerName = new { firstName = "Walmart", lastName = "Customer" },
            customerOrderId = order.CustomerOrderId,
            returnOrderDate = WalmartQuery.Iso(r.CreatedAt),
            returnByDate = WalmartQuery.Iso(r.CreatedAt.AddDays(30)),
            refundMode = "ONLINE",
            totalRefundAmount = Money(lines.Sum(l => l.Price + l.Tax)),
            returnLineGroups = new[]
            {
                new { groupNo = 1, returnLines = lines.Select(l => new { returnOrderLineNumber = l.LineNumber }), labels = Array.Empty<object>(), returnExpectedFlag = true },
            },
            returnOrderLines = lines.Select(l => new
            {
                returnOrderLineNumber = l.LineNumber,
                salesOrderLineNumber = l.LineNumber,
                returnReason = r.Reason,
                purchaseOrderId = order.PurchaseOrderId,
                purchaseOrderLineNumber = l.LineNumber,
                item = new { sku = l.Product.Sku, condition = "New", productName = l.Product.Title },
                charges = new[]
                {
                    new
                    {
                        chargeCategory = "PRODUCT",
                        chargeName = "ItemPrice",
                        chargePerUnit = Money(l.Price),
                        isDiscount = false,
                        isBillable = true,
                        tax = new[] { new { taxName = "Tax1", taxPerUnit = Money(l.Tax) } },
                    },
                },
                unitPrice = Money(l.Price),
                chargeTotals = new[]
                {
                    new { name = "lineUnitPrice", value = Money(l.Price) },
                    new { name = "lineProductTaxes", value = Money(l.Tax) },
                    new { name = "lineTotalTaxes", value = Money(l.Tax) },
                    new { name = "lineSubTotal", value = Money(l.Price) },
                    new { name = "lineTotal", value = Money(l.Price + l.Tax) },
                },
                cancellableQty = 0,
                quantity = new { unitOfMeasure = "EACH", measurementValue = 1m },
                returnExpectedFlag = true,
                isKeepIt = false,
                refundedQty = refunded ? 1m : 0m,
                returnTrackingDetail = new[]
                {
                    new { sequenceNo = 1, eventTag = "INITIATED", eventDescription = "Return initiated", eventTime = WalmartQuery.Iso(r.CreatedAt) },
                },
                status = refunded ? "COMPLETED" : "INITIATED",
                statusTime = WalmartQuery.Iso(refunded ? r.RefundedAt : r.CreatedAt),
                currentDeliveryStatus = refunded ? "DELIVERED" : "IN_TRANSIT",
                currentRefundStatus = refunded ? "REFUND_COMPLETED" : "REFUND_INITIATED",
            }),
        };
    }

    private static object Money(decimal amount) => new { currencyAmount = Generation.Money.Round(amount), currencyUnit = WalmartStore.Currency };
}
