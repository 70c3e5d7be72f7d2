using System.Text.Json;
using Sellmetrics.Marketplaces.Json;
using Sellmetrics.Marketplaces.Walmart.Orders;

namespace Sellmetrics.Marketplaces.Tests.Json;

public sealed class EpochOrIsoDateTimeOffsetConverterTests
{
    [Theory]
    [InlineData("1767225600000")]
    [InlineData("\"1767225600000\"")]
    [InlineData("\"2026-01-01T00:00:00Z\"")]
    public void WalmartOrderDatesReadAsEpochMillisecondsOrIsoText(string orderDate)
    {
        var json = $$"""{"purchaseOrderId":"P1","customerOrderId":"C1","orderDate":{{orderDate}}}""";

        var order = JsonSerializer.Deserialize<WalmartOrder>(json, MarketplaceJson.CamelCase)!;

        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), order.OrderDate);
    }

    [Fact]
    public void AmazonMoneyWrittenAsAStringIsADecimal()
    {
        var money = JsonSerializer.Deserialize<Amazon.Orders.Money>("""{"CurrencyCode":"USD","Amount":"12.99"}""", MarketplaceJson.Exact)!;

        Assert.Equal(12.99m, money.Amount);
    }
}
