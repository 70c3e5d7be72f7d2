using Sellmetrics.Facts;

namespace Sellmetrics.Grains.Tests.Profit;

/// <summary>Shipped single-line orders of one SKU with their referral and fulfillment fees: the facts a hand ledger is made of.</summary>
internal static class Sales
{
    public const string Us = "ATVPDKIKX0DER";

    /// <summary>One order of <paramref name="units"/> at <paramref name="unitPrice"/>, with the fees charged for it (as negative amounts, as the marketplace posts them).</summary>
    public static FactBatch Order(string orderId, string sku, DateTimeOffset purchasedAt, int units, decimal unitPrice, decimal referralFee, decimal fulfillmentFee) =>
        new(Us)
        {
            Orders = [new Order(orderId, Us, purchasedAt, OrderStatus.Shipped)],
            Items = [new OrderItem(orderId, $"{orderId}-1", sku, $"ASIN-{sku}", units, "USD", units * unitPrice)],
            Fees =
            [
                new FeeLine($"{orderId}-commission", orderId, sku, "Commission", "USD", -referralFee, purchasedAt.AddDays(1)),
                new FeeLine($"{orderId}-fba", orderId, sku, "FBAPerUnitFulfillmentFee", "USD", -fulfillmentFee, purchasedAt.AddDays(1)),
            ],
        };

    /// <summary>The SKU's part of stored facts, as a pull hands it to the product grain.</summary>
    public static SkuFacts Of(string sku, params FactBatch[] batches) => new(Us, sku)
    {
        Orders = [.. batches.SelectMany(b => b.Orders)],
        Items = [.. batches.SelectMany(b => b.Items).Where(i => i.Sku == sku)],
        Fees = [.. batches.SelectMany(b => b.Fees).Where(f => f.Sku == sku)],
    };

    public static FactBatch Together(IEnumerable<FactBatch> batches) => new(Us)
    {
        Orders = [.. batches.SelectMany(b => b.Orders)],
        Items = [.. batches.SelectMany(b => b.Items)],
        Fees = [.. batches.SelectMany(b => b.Fees)],
    };
}
