using Sellmetrics.Sandbox.Generation;

namespace Sellmetrics.Sandbox.Scripting;

/// <summary>Scripted Amazon orders: their lines, shipment fees, refunds and returns.</summary>
internal static partial class SellerScriptCompiler
{
    private static readonly string[] Statuses = ["Shipped", "Canceled", "Unshipped", "Pending"];
    private static readonly string[] Dispositions = ["SELLABLE", "CUSTOMER_DAMAGED", "DEFECTIVE", "CARRIER_DAMAGED", "DAMAGED", "EXPIRED"];

    private static List<AmazonOrder> Orders(IReadOnlyList<ScriptedOrder> scripted, IReadOnlyDictionary<string, Product> bySku, ScriptErrors errors)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var orders = new List<AmazonOrder>();
        for (var i = 0; i < scripted.Count; i++)
        {
            var path = $"amazonOrders[{i}]";
            var o = scripted[i];
            var valid = errors.Check(!string.IsNullOrWhiteSpace(o.OrderId) && ids.Add(o.OrderId), path + ".orderId", "Each order needs an id of its own.")
                & errors.Check(o.PurchasedAt is not null, path + ".purchasedAt", "The purchase instant is required.");
            var marketplace = Marketplace(o.MarketplaceId, path + ".marketplaceId", errors);
            valid &= errors.Check(o.Currency is null || o.Currency == marketplace.Currency, path + ".currency", $"The currency of {marketplace.Id} is {marketplace.Currency}.");
            if (!valid || !Timing(o, path, errors, out var timing))
            {
                continue;
            }

            var items = Items(o, bySku, path, errors);
            var refunds = items is null ? null : Refunds(o, items, path, errors);
            if (items is not null && refunds is not null)
            {
                orders.Add(new AmazonOrder(
                    o.OrderId!, o.PurchasedAt!.Value, timing.PendingUntil, timing.ShippedAt, timing.CanceledAt, items[0].Product.IsFba,
                    IsPrime: false, IsBusinessOrder: false, ShipServiceLevel: "Std US D2D Dom",
                    ShipTo: marketplace == AmazonMarketplace.Canada ? new ShipTo("TORONTO", "ON", "M5V 2T6", "CA") : ShipTo.UnitedStates[0],
                    Items: items, Refunds: refunds)
                {
                    Marketplace = marketplace,
                });
            }
        }

        return orders;
    }

    private static bool Timing(ScriptedOrder o, string path, ScriptErrors errors, out (DateTimeOffset PendingUntil, DateTimeOffset? ShippedAt, DateTimeOffset? CanceledAt) timing)
    {
        var purchased = o.PurchasedAt!.Value;
        var status = o.Status ?? (o.ShippedAt is null ? "Unshipped" : "Shipped");
        timing = (status == "Pending" ? DateTimeOffset.MaxValue : purchased, o.ShippedAt, status == "Canceled" ? o.CanceledAt ?? purchased : null);
        return errors.Check(Statuses.Contains(status), path + ".status", "The status must be one of " + string.Join(", ", Statuses) + ".")
            & errors.Check(status == "Shipped" ? o.ShippedAt is not null : o.ShippedAt is null, path + ".shippedAt", "Shipped orders, and only they, have a ship instant.")
            & errors.Check(o.ShippedAt is null || o.ShippedAt >= purchased, path + ".shippedAt", "An order ships after it is purchased.")
            & errors.Check(o.CanceledAt is null || (status == "Canceled" && o.CanceledAt >= purchased), path + ".canceledAt", "Only a cancelled order has a cancel instant, after its purchase.");
    }

    private static List<AmazonOrderItem>? Items(ScriptedOrder o, IReadOnlyDictionary<string, Product> bySku, string path, ScriptErrors errors)
    {
        var scripted = o.Items ?? [];
        var valid = errors.Check(scripted.Count > 0, path + ".items", "An order needs at least one item.");
        for (var j = 0; j < scripted.Count; j++)
        {
            var item = scripted[j];
            var at = $"{path}.items[{j}]";
            valid &= errors.Check(item.Sku is not null && bySku.ContainsKey(item.Sku), at + ".sku", "The SKU is not one of the scripted products.")
                & errors.Check(item.Quantity >= 1, at + ".quantity", "The quantity must be at least 1.")
                & errors.Check(
                    new[] { item.ItemPrice, item.ItemTax, item.ShippingPrice, item.ShippingTax, item.GiftWrapPrice, item.GiftWrapTax, item.PromotionDiscount, item.ShippingDiscount }.All(a => a >= 0),
                    at, "Prices, taxes and discounts must not be negative.");
        }

        var fees = o.Fees ?? [];
        for (var j = 0; j < fees.Count; j++)
        {
            valid &= errors.Check(scripted.Any(i => i.Sku == fees[j].Sku), $"{path}.fees[{j}].sku", "A fee belongs to one of the order's items.")
                & errors.Check(!string.IsNullOrWhiteSpace(fees[j].FeeType), $"{path}.fees[{j}].feeType", "The fee type is required.");
        }

        if (!valid)
        {
            return null;
        }

        var isFba = bySku[scripted[0].Sku!].IsFba;
        if (!errors.Check(scripted.All(i => bySku[i.Sku!].IsFba == isFba), path + ".items", "An order's items are all FBA or all merchant-fulfilled."))
        {
            return null;
        }

        // A SKU's fees go to its first line in the order.
        return [.. scripted.Select((item, j) => new AmazonOrderItem(
            OrderItemId: ScriptIds.Digits($"{o.OrderId}/item/{j}", 14),
            Product: bySku[item.Sku!],
            Quantity: item.Quantity,
            ItemPrice: item.ItemPrice,
            ItemTax: item.ItemTax,
            ShippingPrice: item.ShippingPrice,
            ShippingTax: item.ShippingTax,
            PromotionDiscount: item.PromotionDiscount,
            PromotionId: item.PromotionId,
            Fees: scripted.TakeWhile(i => i.Sku != item.Sku).Count() == j ? [.. fees.Where(f => f.Sku == item.Sku).Select(f => new Fee(f.FeeType!, f.Amount))] : [])
        {
            GiftWrapPrice = item.GiftWrapPrice,
            GiftWrapTax = item.GiftWrapTax,
            ShippingDiscount = item.ShippingDiscount,
        })];
    }

    private static List<AmazonRefund>? Refunds(ScriptedOrder o, List<AmazonOrderItem> items, string path, ScriptErrors errors)
    {
        var scripted = o.Refunds ?? [];
        var refunds = new List<AmazonRefund>();
        for (var j = 0; j < scripted.Count; j++)
        {
            var r = scripted[j];
            var at = $"{path}.refunds[{j}]";
            var item = items.FirstOrDefault(i => i.Product.Sku == r.Sku);
            var valid = errors.Check(item is not null, at + ".sku", "A refund belongs to one of the order's items.")
                & errors.Check(r.PostedAt is { } posted && posted >= o.PurchasedAt, at + ".postedAt", "A refund posts after the purchase.")
                & errors.Check(o.Status != "Canceled", at, "A cancelled order is not refunded.")
                & errors.Check(r.Quantity >= 1 && (item is null || r.Quantity <= item.Quantity), at + ".quantity", "The quantity must be between 1 and the line's quantity.");
            var returned = r.Return is null ? null : Return(o, r, $"{o.OrderId}/return/{j}", at + ".return", errors);
            if (valid && (r.Return is null || returned is not null))
            {
                refunds.Add(new AmazonRefund(
                    ScriptIds.Digits($"{o.OrderId}/refund/{j}", 14), r.PostedAt!.Value, item!, r.Quantity, r.Principal, r.Tax,
                    r.PromotionReturned, r.CommissionReturned, r.RefundCommission, returned, Reimbursement: null));
            }
        }

        return refunds.Count == scripted.Count ? refunds : null;
    }

    private static AmazonReturn? Return(ScriptedOrder o, ScriptedRefund r, string key, string path, ScriptErrors errors)
    {
        var s = r.Return!;
        var quantity = s.Quantity ?? r.Quantity;
        var valid = errors.Check(s.ReturnedAt is { } at && at >= o.PurchasedAt, path + ".returnedAt", "A return arrives after the purchase.")
            & errors.Check(s.Disposition is not null && Dispositions.Contains(s.Disposition), path + ".disposition", "The disposition must be one of " + string.Join(", ", Dispositions) + ".")
            & errors.Check(quantity >= 1 && quantity <= r.Quantity, path + ".quantity", "The quantity must be between 1 and the refund's quantity.");
        return valid
            ? new AmazonReturn(
                s.ReturnedAt!.Value, quantity, s.FulfillmentCenterId ?? "PHX7", s.Disposition!, s.Reason ?? "UNWANTED_ITEM",
                s.Disposition == "SELLABLE" ? "Unit returned to inventory" : "Unit returned to inventory (unsellable)",
                "LPN" + ScriptIds.Digits(key, 9))
            : null;
    }
}
