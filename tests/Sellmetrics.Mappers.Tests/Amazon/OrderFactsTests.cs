using Sellmetrics.Facts;
using Sellmetrics.Mappers.Amazon;
using Sellmetrics.Marketplaces.Amazon.Orders;
using Sellmetrics.Marketplaces.Amazon.Reports;
using ApiOrder = Sellmetrics.Marketplaces.Amazon.Orders.Order;
using ApiOrderItem = Sellmetrics.Marketplaces.Amazon.Orders.OrderItem;

namespace Sellmetrics.Mappers.Tests.Amazon;

public sealed class OrderFactsTests
{
    private const string Us = "ATVPDKIKX0DER";
    private static readonly DateTimeOffset Purchased = new(2026, 11, 3, 6, 30, 0, TimeSpan.Zero);

    [Fact]
    public void TheAllOrdersReportAndTheOrdersApiGiveTheSameFactsForTheSameOrder()
    {
        var order = new ApiOrder("111-0000001-0000001", null, Purchased, Purchased.AddDays(1), "Shipped", "AFN", "Amazon.com", null, null,
            new Money("USD", 78.99m), 3, 0, "Other", Us, null, "StandardOrder", null, null, false, false, false, false, null);
        ApiOrderItem[] items =
        [
            Item("MUG-01", 2, 40.00m, promotion: 5.00m), Item("MUG-01", 1, 20.00m), Item("LAMP-02", 1, 18.99m),
        ];
        AllOrdersReportRow[] rows =
        [
            Row("MUG-01", 2, 40.00m, promotion: -5.00m), Row("MUG-01", 1, 20.00m), Row("LAMP-02", 1, 18.99m),
        ];

        var api = AmazonOrderFacts.From(order, items, Us);
        var report = AllOrdersReportFacts.From(rows, Us);

        Assert.Equal(api.Orders, report.Orders);
        Assert.Equal(api.Items, report.Items);
        var mug = Assert.Single(api.Items, i => i.Sku == "MUG-01");
        Assert.Equal((3, 60.00m, 5.00m, "111-0000001-0000001/MUG-01"), (mug.Quantity, mug.ItemPrice, mug.PromotionDiscount, mug.OrderItemId));
    }

    [Theory]
    [InlineData("Canceled", OrderStatus.Cancelled)]
    [InlineData("Shipped", OrderStatus.Shipped)]
    [InlineData("Unshipped", OrderStatus.Unshipped)]
    [InlineData("PendingAvailability", OrderStatus.Pending)]
    public void OrderStatusesMapOntoTheProfitEnginesOwn(string status, OrderStatus expected) => Assert.Equal(expected, AmazonOrderStatus.Of(status));

    private static ApiOrderItem Item(string sku, int quantity, decimal price, decimal promotion = 0m) => new(
        "B0" + sku[..3], sku, $"{sku}-{quantity}-{price}", null, quantity, quantity, new Money("USD", price), new Money("USD", price * 0.08m),
        new Money("USD", 0m), new Money("USD", 0m), new Money("USD", 0m), null, new Money("USD", promotion), null, null, null, null, null, null, null);

    private static AllOrdersReportRow Row(string sku, int quantity, decimal price, decimal promotion = 0m) => new(
        "111-0000001-0000001", "111-0000001-0000001", Purchased, Purchased.AddDays(1), "Shipped", "Amazon", "Amazon.com", null, sku, "B0" + sku[..3],
        "Shipped", quantity, "USD", price, price * 0.08m, 0m, 0m, 0m, 0m, promotion, 0m, null, false);
}
