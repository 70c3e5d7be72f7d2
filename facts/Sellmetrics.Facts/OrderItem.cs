using System.Text.Json.Serialization;

namespace Sellmetrics.Facts;

/// <summary>
/// One order line as the Orders APIs give it: <paramref name="ItemPrice"/> is unit price × quantity,
/// discounts are positive amounts that reduce revenue, and <paramref name="Tax"/> is pass-through and never counts.
/// </summary>
public sealed record OrderItem(
    string OrderId,
    string OrderItemId,
    string Sku,
    string ProductId,
    int Quantity,
    string Currency,
    decimal ItemPrice,
    decimal ShippingPrice = 0m,
    decimal GiftWrapPrice = 0m,
    decimal PromotionDiscount = 0m,
    decimal ShippingDiscount = 0m,
    decimal Tax = 0m)
{
    /// <summary>What the line adds to revenue besides the item price, each signed and named (zeros left out).</summary>
    [JsonIgnore]
    public IEnumerable<(decimal Amount, string Detail)> RevenueAdjustments
    {
        get
        {
            (decimal Amount, string Detail)[] adjustments =
            [
                (ShippingPrice, "shipping"),
                (GiftWrapPrice, "gift wrap"),
                (-PromotionDiscount, "promotion discount"),
                (-ShippingDiscount, "shipping discount"),
            ];
            return adjustments.Where(a => a.Amount != 0m);
        }
    }

    /// <summary>What the line adds to revenue: the item price and its adjustments.</summary>
    [JsonIgnore]
    public decimal Revenue => ItemPrice + RevenueAdjustments.Sum(a => a.Amount);
}
