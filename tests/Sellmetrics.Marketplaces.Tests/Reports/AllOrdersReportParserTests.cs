using Sellmetrics.Marketplaces.Amazon.Reports;

namespace Sellmetrics.Marketplaces.Tests.Reports;

public sealed class AllOrdersReportParserTests
{
    [Fact]
    public void EachRowIsAnOrderItemWithItsMoneyAsDecimals()
    {
        var text = ReportFiles.Tsv(
            ["amazon-order-id", "purchase-date", "last-updated-date", "order-status", "sku", "quantity", "currency", "item-price", "item-promotion-discount", "is-business-order", "signature-confirmation-recommended"],
            ["111-0000000-0000001", "2026-01-02T03:04:05+00:00", "2026-01-03T03:04:05+00:00", "Shipped", "SKU-1", "2", "USD", "39.98", "-5.00", "false", "false"],
            ["111-0000000-0000002", "2026-01-02T04:04:05+00:00", "", "Pending", "SKU-2", "1", "USD", "", "", "", "false"]);

        var rows = AllOrdersReportParser.Parse(text);

        Assert.Equal(2, rows.Count);
        Assert.Equal(39.98m, rows[0].ItemPrice);
        Assert.Equal(-5.00m, rows[0].ItemPromotionDiscount);
        Assert.False(rows[0].IsBusinessOrder);
        Assert.Equal(2, rows[0].Quantity);
        Assert.Null(rows[1].ItemPrice);
        Assert.Null(rows[1].LastUpdatedDate);
    }
}
