using System.Globalization;
using Sellmetrics.Facts;
using Sellmetrics.Profit.Buckets;

namespace Sellmetrics.Profit.Tests;

internal static class Given
{
    public const string AmazonUs = "ATVPDKIKX0DER";
    public const string Mug = "MUG-01";

    public static DateTimeOffset At(string instant) =>
        DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    public static DateOnly Day(string day) => DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Order Order(string id, string purchasedAt, OrderStatus status = OrderStatus.Shipped, string marketplace = AmazonUs) =>
        new(id, marketplace, At(purchasedAt), status);

    public static OrderItem Item(string orderId, int quantity, decimal itemPrice, string sku = Mug, string currency = "USD") =>
        new(orderId, $"{orderId}-{sku}", sku, "B00TEST", quantity, currency, itemPrice);

    public static FeeLine Fee(string orderId, string feeType, decimal amount, string postedAt, string sku = Mug, string currency = "USD") =>
        new($"{orderId}/{sku}/{feeType}", orderId, sku, feeType, currency, amount, At(postedAt));

    public static SkuFacts ForSku(string sku = Mug, string marketplace = AmazonUs) => new(marketplace, sku);

    public static DailyBucket On(this IEnumerable<DailyBucket> buckets, string day) =>
        Assert.Single(buckets, b => b.Day == Day(day));
}
