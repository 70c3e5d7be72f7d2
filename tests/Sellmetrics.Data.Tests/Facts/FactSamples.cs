using Sellmetrics.Facts;

namespace Sellmetrics.Data.Tests.Facts;

/// <summary>Batches of every fact kind, <c>n</c> orders of two lines each with their fees, refunds and returns.</summary>
internal static class FactSamples
{
    public const string Us = "ATVPDKIKX0DER";
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 10, 30, 15, TimeSpan.Zero);

    public static FactBatch Orders(int count, int first = 0)
    {
        var ids = Enumerable.Range(first, count).Select(n => $"111-{n:D7}-0000001").ToList();
        return new FactBatch(Us)
        {
            Orders = [.. ids.Select((id, n) => new Order(id, Us, Start.AddMinutes(n), n % 17 == 0 ? OrderStatus.Cancelled : OrderStatus.Shipped, n % 3 == 0 ? "WFSFulfilled" : null))],
            Items = [.. ids.SelectMany(id => new[] { Item(id, "MUG-01", 2, 39.98m), Item(id, "LAMP-02", 1, 24.50m) })],
            Fees = [.. ids.SelectMany((id, n) => new[]
            {
                new FeeLine($"{id}/MUG-01/Commission/x", id, "MUG-01", "Commission", "USD", -6.00m, Start.AddDays(1).AddMinutes(n)),
                new FeeLine($"{id}/MUG-01/FBAPerUnitFulfillmentFee/x", id, "MUG-01", "FBAPerUnitFulfillmentFee", "USD", -7.32m, Start.AddDays(1).AddMinutes(n)),
            })],
            Refunds = [.. ids.Where((_, n) => n % 10 == 0).Select(id => new RefundEvent($"{id}/MUG-01/r", id, "MUG-01", Start.AddDays(5), "USD", -19.99m, FeeAdjustments: 2.40m))],
            Returns = [.. ids.Where((_, n) => n % 10 == 0).Select(id => new CustomerReturn($"{id}/MUG-01/ret", id, "MUG-01", Start.AddDays(6), 1, "SELLABLE", true))],
            ServiceFees = [new ServiceFee($"FBAStorageFee/-/{first}", Us, null, "FBAStorageFee", Start, "USD", -12.34m)],
            Reimbursements = [new Reimbursement($"WAREHOUSE_LOST/MUG-01/{first}", Us, "MUG-01", Start, "USD", 8.00m, "WAREHOUSE_LOST")],
            Inventory = [new InventoryLevel("MUG-01", "B0MUG", "FBA", DateOnly.FromDateTime(Start.UtcDateTime), 10, 2, 1, 0, Start)],
            Catalog = [new CatalogEntry("MUG-01", "B0MUG", "Mug", "Brand", "https://img/1.jpg", 19.99m, "USD", "BUYABLE,DISCOVERABLE", Start)],
            Traffic = [new TrafficDay("B0MUG", "MUG-01", DateOnly.FromDateTime(Start.UtcDateTime), 40, 55, 3, 100m)],
        };
    }

    private static OrderItem Item(string orderId, string sku, int quantity, decimal price) =>
        new(orderId, $"{orderId}/{sku}", sku, "B0" + sku[..3], quantity, "USD", price, 4.99m, 0m, 2.00m, 0m, 3.20m);
}
