using System.Globalization;

namespace Sellmetrics.Web.Tests.Sync;

/// <summary>
/// A small fixed seller for the sandbox: every case the profit definition distinguishes, on days counted from a base day
/// <see cref="B"/> twenty days ago, in a tenant whose reporting day is India's (UTC+5:30, no daylight saving).
/// </summary>
internal sealed class GoldenLedger
{
    public const string TimeZone = "Asia/Kolkata";
    public const string Us = "ATVPDKIKX0DER";
    public const string Canada = "A2EUQ1WTGCTBG2";
    public const string Mug = "MUG-GOLD";
    public const string Lamp = "LAMP-GOLD";

    public DateOnly B { get; } = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-20);

    public DateOnly From => B.AddDays(-1);

    public DateOnly To => B.AddDays(12);

    public string Range => $"from={Day(From)}&to={Day(To)}";

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An instant on day B + <paramref name="days"/> at <paramref name="hour"/>:<paramref name="minute"/> UTC.</summary>
    public string At(int days, int hour, int minute = 0) =>
        new DateTimeOffset(B.AddDays(days).ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public object Script(long seed) => new
    {
        seed,
        products = new object[]
        {
            new { sku = Mug, asin = "B0GOLDMUG1", title = "Golden Mug", price = 20.00m, fba = true },
            new { sku = Lamp, asin = "B0GOLDLMP1", title = "Golden Lamp", price = 35.00m, fba = true },
        },
        amazonOrders = new object[]
        {
            Order("111-0000001-0000001", At(0, 10), "Shipped", At(1, 2),
                [Item(Mug, 2, 40.00m, tax: 3.20m, shipping: 5.00m, promotion: 4.00m)],
                [Fee(Mug, "Commission", -5.40m), Fee(Mug, "FBAPerUnitFulfillmentFee", -6.20m)],
                [new
                {
                    sku = Mug, postedAt = At(5, 12), quantity = 1, principal = -20.00m, tax = -1.60m, commissionReturned = 2.70m,
                    refundCommission = -0.54m, promotionReturned = 2.00m, @return = new { returnedAt = At(6, 9), disposition = "SELLABLE" },
                }]),
            Order("111-0000002-0000002", At(0, 20), "Shipped", At(1, 15),
                [Item(Mug, 1, 20.00m)],
                [Fee(Mug, "Commission", -3.00m), Fee(Mug, "FBAPerUnitFulfillmentFee", -3.10m)],
                [new
                {
                    sku = Mug, postedAt = At(7, 12), quantity = 1, principal = -20.00m, tax = 0m, commissionReturned = 3.00m,
                    refundCommission = -0.60m, promotionReturned = 0m, @return = new { returnedAt = At(8, 9), disposition = "CUSTOMER_DAMAGED" },
                }]),
            Order("111-0000003-0000003", At(2, 8), "Canceled", null, [Item(Lamp, 1, 35.00m)], [], []),
            Order("111-0000004-0000004", At(3, 4), "Shipped", At(3, 18),
                [Item(Lamp, 3, 105.00m), Item(Mug, 1, 18.00m, promotion: 2.00m)],
                [
                    Fee(Lamp, "Commission", -15.75m), Fee(Lamp, "FBAPerUnitFulfillmentFee", -14.40m), Fee(Lamp, "FixedClosingFee", -1.80m),
                    Fee(Mug, "Commission", -2.40m), Fee(Mug, "FBAPerUnitFulfillmentFee", -3.10m),
                ],
                []),
            Order("111-0000005-0000005", At(4, 6), "Unshipped", null, [Item(Mug, 1, 20.00m)], [], []),
            new
            {
                orderId = "702-0000006-0000006", marketplaceId = Canada, currency = "CAD", purchasedAt = At(2, 12), status = "Shipped",
                shippedAt = At(2, 20), items = new[] { Item(Mug, 1, 25.00m) }, fees = new[] { Fee(Mug, "Commission", -3.75m) }, refunds = Array.Empty<object>(),
            },
        },
        serviceFees = new object[]
        {
            new { postedAt = At(1, 3), feeType = "Subscription", sku = (string?)null, amount = -39.99m, reason = "Subscription", description = "Subscription Fee" },
            new { postedAt = At(9, 8), feeType = "FBAStorageFee", sku = (string?)null, amount = -12.34m, reason = "FBA Inventory Fee", description = "Storage Fee" },
            new { postedAt = At(9, 9), feeType = "FBALongTermStorageFee", sku = (string?)Lamp, amount = -4.50m, reason = "FBA Inventory Fee", description = "Long-Term Storage Fee" },
            new { postedAt = At(8, 8), feeType = "FBAInboundPlacementServiceFee", sku = (string?)Lamp, amount = -20.00m, reason = "FBA Inbound Fee", description = "Inbound Placement Service Fee" },
        },
        reimbursements = new object[]
        {
            new { postedAt = At(10, 10), sku = Mug, amount = 8.00m, quantity = 1, reason = "Lost_Warehouse", adjustmentType = "FBAInventoryReimbursement" },
        },
    };

    /// <summary>USD recurring costs of the range: 310.00 a month and 730.00 a year, spread per day as the definition says.</summary>
    public decimal RecurringCosts()
    {
        var total = 0m;
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            total += 310.00m / DateTime.DaysInMonth(day.Year, day.Month) + 730.00m / (DateTime.IsLeapYear(day.Year) ? 366m : 365m);
        }

        return total;
    }

    private object Order(string id, string purchasedAt, string status, string? shippedAt, object[] items, object[] fees, object[] refunds) => new
    {
        orderId = id,
        marketplaceId = Us,
        currency = "USD",
        purchasedAt,
        status,
        shippedAt,
        items,
        fees,
        refunds,
    };

    private static object Item(string sku, int quantity, decimal itemPrice, decimal tax = 0m, decimal shipping = 0m, decimal promotion = 0m) => new
    {
        sku,
        quantity,
        itemPrice,
        itemTax = tax,
        shippingPrice = shipping,
        giftWrapPrice = 0m,
        promotionDiscount = promotion,
        shippingDiscount = 0m,
        promotionId = promotion == 0m ? null : "PROMO-GOLD",
    };

    private static object Fee(string sku, string feeType, decimal amount) => new { sku, feeType, amount };
}
