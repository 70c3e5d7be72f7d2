using Sellmetrics.Marketplaces.Amazon.Reports;

namespace Sellmetrics.Marketplaces.Tests.Reports;

public sealed class CustomerReturnsReportParserTests
{
    [Fact]
    public void ColumnsAreFoundByHeaderNameWhateverTheirOrder()
    {
        var text = ReportFiles.Tsv(
            ["sku", "quantity", "order-id", "detailed-disposition", "return-date", "asin", "status", "some-new-column"],
            ["SKU-1", "2", "111-2222222-3333333", "SELLABLE", "2026-03-04T10:11:12+00:00", "B000TEST01", "Unit returned to inventory", "x"]);

        var row = Assert.Single(CustomerReturnsReportParser.Parse(text));

        Assert.Equal("SKU-1", row.Sku);
        Assert.Equal(2, row.Quantity);
        Assert.Equal("111-2222222-3333333", row.OrderId);
        Assert.Equal("SELLABLE", row.DetailedDisposition);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 10, 11, 12, TimeSpan.Zero), row.ReturnDate);
        Assert.Equal("B000TEST01", row.Asin);
        Assert.Null(row.FnSku);
    }

    [Fact]
    public void AProductNameWithQuotesIsReadAsText()
    {
        var text = ReportFiles.Tsv(
            ["return-date", "order-id", "sku", "product-name", "quantity"],
            ["2026-03-04T10:11:12+00:00", "111-2222222-3333333", "SKU-1", "Monitor 27\" \"pro\"", "1"]);

        Assert.Equal("Monitor 27\" \"pro\"", Assert.Single(CustomerReturnsReportParser.Parse(text)).ProductName);
    }

    [Fact]
    public void ARowWithoutAnOrderIdIsRejectedNamingTheColumn()
    {
        var text = ReportFiles.Tsv(["return-date", "order-id", "sku"], ["2026-03-04T10:11:12+00:00", "", "SKU-1"]);

        var error = Assert.Throws<FormatException>(() => CustomerReturnsReportParser.Parse(text));
        Assert.Contains("order-id", error.Message, StringComparison.Ordinal);
    }
}
