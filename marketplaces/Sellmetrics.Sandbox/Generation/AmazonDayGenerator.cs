namespace Sellmetrics.Sandbox.Generation;

/// <summary>
/// Derives one day of orders from hash(seed, day) alone, so any day can be generated on demand, in any order,
/// with the same result: a weekly rhythm, seasonality, and more orders in the region's evening.
/// </summary>
internal static class AmazonDayGenerator
{
    private static readonly int[] WeekdayPercent = [115, 100, 96, 95, 98, 92, 108];
    private static readonly int[] MonthPercent = [85, 88, 95, 96, 100, 102, 112, 100, 98, 104, 130, 145];

    public static AmazonDay Generate(long seed, SellerCatalog catalog, int baseOrdersPerDay, DateOnly day, SellingRegion region)
    {
        var random = SeededRandom.For(seed, 2, day.DayNumber);
        var count = (int)((long)baseOrdersPerDay * WeekdayPercent[(int)day.DayOfWeek] * MonthPercent[day.Month - 1] * random.Next(75, 126) / 1_000_000);
        var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var times = Enumerable.Range(0, count)
            .Select(_ => start + TimeSpan.FromHours(random.PickWeighted(region.UtcHourWeights)) + TimeSpan.FromSeconds(random.Next(3600)))
            .Order()
            .ToList();
        var orders = times
            .Select(t => AmazonOrderFactory.Create(random, catalog, t, OrderTiming.Historical, marketplace: region.PickOrderMarketplace(random)))
            .ToList();
        return new AmazonDay(day, orders, LostInventory(random, catalog, start, region));
    }

    private static List<Reimbursement> LostInventory(SeededRandom random, SellerCatalog catalog, DateTimeOffset dayStart, SellingRegion region)
    {
        var fba = catalog.Products.Where(p => p.IsFba).ToList();
        if (fba.Count == 0 || !random.Chance(0.05))
        {
            return [];
        }

        var product = random.Pick(fba);
        var marketplace = region.PickOrderMarketplace(random);
        return
        [
            new Reimbursement(
                ReimbursementId: random.Digits(10),
                CaseId: string.Empty,
                ApprovedAt: dayStart + TimeSpan.FromSeconds(random.Next(86_400)),
                Reason: random.Chance(0.7) ? "Lost_Warehouse" : "Damaged_Warehouse",
                AmazonOrderId: null,
                Product: product,
                Quantity: random.Next(1, 4),
                AmountPerUnit: marketplace.Price(Money.Round(product.BasePrice * 0.55m)))
            {
                Marketplace = marketplace,
            },
        ];
    }
}
