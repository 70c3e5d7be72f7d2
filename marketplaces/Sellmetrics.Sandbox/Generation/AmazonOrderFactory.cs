namespace Sellmetrics.Sandbox.Generation;

/// <summary>Creates one Amazon order (lines, prices, promotions, fees, shipping or cancellation, refunds).</summary>
internal static class AmazonOrderFactory
{
    private static readonly int[] LineCountWeights = [85, 12, 3];
    private static readonly int[] QuantityWeights = [88, 9, 3];

    public static AmazonOrder Create(
        SeededRandom random, SellerCatalog catalog, DateTimeOffset purchaseDate, OrderTiming timing, Product? onlyProduct = null, int? onlyQuantity = null,
        AmazonMarketplace? marketplace = null)
    {
        var market = marketplace ?? AmazonMarketplace.UnitedStates;
        var orderId = $"{market.OrderIdPrefix}{random.Next(1, 5)}-{purchaseDate.UtcDateTime.Date.DayOfYear + (purchaseDate.Year % 10 * 1000):D4}{random.Digits(3)}-{random.Digits(7)}";
        var lineCount = onlyProduct is null ? random.PickWeighted(LineCountWeights) + 1 : 1;
        var first = onlyProduct ?? catalog.PickByPopularity(random);
        var isFba = first.IsFba;
        var isPrime = isFba && random.Chance(0.7);
        var products = new List<Product> { first };
        while (products.Count < lineCount)
        {
            var next = catalog.PickByPopularity(random);
            if (!products.Contains(next) && next.IsFba == isFba)
            {
                products.Add(next);
            }
            else
            {
                lineCount--;
            }
        }

        var day = DateOnly.FromDateTime(purchaseDate.UtcDateTime);
        var items = products
            .Select((p, i) => CreateItem(random, catalog, market, p, day, onlyQuantity ?? random.PickWeighted(QuantityWeights) + 1, isFba, i))
            .ToList();
        var pendingUntil = purchaseDate + OrderTiming.Between(random, timing.PendingMin, timing.PendingMax);
        var canceled = timing.WithAftermath && random.Chance(0.02) ? pendingUntil + TimeSpan.FromMinutes(random.Next(5, 300)) : (DateTimeOffset?)null;
        DateTimeOffset? shipped = canceled is null
            ? pendingUntil + OrderTiming.Between(random, timing.ShipMin, isFba ? timing.ShipMax : timing.ShipMax * 2)
            : null;
        var refunds = shipped is { } at && timing.WithAftermath ? RefundPlanner.Plan(random, market, orderId, items, at, isFba) : [];
        return new AmazonOrder(
            orderId, purchaseDate, pendingUntil, shipped, canceled, isFba, isPrime,
            IsBusinessOrder: random.Chance(0.04),
            ShipServiceLevel: isPrime ? "Expedited" : market.StandardShipping,
            ShipTo: random.Pick(market.ShipTo),
            Items: items,
            Refunds: refunds)
        {
            Marketplace = market,
        };
    }

    private static AmazonOrderItem CreateItem(
        SeededRandom random, SellerCatalog catalog, AmazonMarketplace marketplace, Product product, DateOnly day, int quantity, bool isFba, int line)
    {
        var unitPrice = marketplace.Price(catalog.PriceOn(product, day));
        var itemPrice = unitPrice * quantity;
        var shipping = isFba ? 0m : marketplace.Price(4.99m);
        var hasPromotion = random.Chance(0.09);
        var promotion = hasPromotion ? Money.Round(itemPrice * (random.Chance(0.5) ? 0.10m : 0.15m)) : 0m;
        var taxRate = 0.05m + (random.Next(0, 50) / 1000m);
        return new AmazonOrderItem(
            OrderItemId: random.Digits(13) + line.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Product: product,
            Quantity: quantity,
            ItemPrice: itemPrice,
            ItemTax: Money.Round((itemPrice - promotion) * taxRate),
            ShippingPrice: shipping,
            ShippingTax: Money.Round(shipping * taxRate),
            PromotionDiscount: promotion,
            PromotionId: hasPromotion ? "PLM-" + random.Alphanumeric(10) : null,
            Fees: FeeSchedule.ForItem(marketplace, product, quantity, itemPrice, shipping, promotion, isFba));
    }
}
