namespace Sellmetrics.Sandbox.Generation;

/// <summary>A product's stock on a day, by state (FBA) and by location (fulfillment centre or Walmart ship node).</summary>
internal sealed record StockLevel(
    int Fulfillable, int InboundWorking, int InboundShipped, int InboundReceiving, int Reserved, int Researching,
    int CustomerDamaged, int WarehouseDamaged, int Defective, DateTimeOffset LastUpdated)
{
    public int Unfulfillable => CustomerDamaged + WarehouseDamaged + Defective;

    public int Total => Fulfillable + InboundWorking + InboundShipped + InboundReceiving + Reserved + Researching + Unfulfillable;

    /// <summary>The latest stock update at or before <paramref name="now"/>.</summary>
    public static StockLevel AsOf(long seed, Product product, DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var stock = On(seed, product, today);
        return stock.LastUpdated <= now ? stock : On(seed, product, today.AddDays(-1));
    }

    /// <summary>Stock derived from hash(seed, product, day): it moves every day and follows the product's popularity.</summary>
    public static StockLevel On(long seed, Product product, DateOnly day)
    {
        var random = SeededRandom.For(seed, 8, product.Index, day.DayNumber);
        var inbound = random.Chance(0.3);
        return new StockLevel(
            Fulfillable: (product.Popularity * random.Next(3, 9)) + random.Next(0, 25),
            InboundWorking: inbound ? random.Next(0, 60) : 0,
            InboundShipped: inbound ? random.Next(0, 120) : 0,
            InboundReceiving: inbound ? random.Next(0, 30) : 0,
            Reserved: random.Next(0, 8),
            Researching: random.Next(0, 2),
            CustomerDamaged: random.Next(0, 3),
            WarehouseDamaged: random.Next(0, 2),
            Defective: random.Next(0, 2),
            LastUpdated: new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddMinutes(random.Next(60, 600)));
    }
}
