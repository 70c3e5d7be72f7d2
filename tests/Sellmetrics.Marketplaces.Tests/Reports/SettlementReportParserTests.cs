using Sellmetrics.Marketplaces.Amazon.Reports;

namespace Sellmetrics.Marketplaces.Tests.Reports;

public sealed class SettlementReportParserTests
{
    private static readonly string[] Header =
    [
        "settlement-id", "settlement-start-date", "settlement-end-date", "deposit-date", "total-amount", "currency",
        "transaction-type", "order-id", "amount-type", "amount-description", "amount", "posted-date", "sku", "quantity-purchased",
    ];

    [Fact]
    public void TheSummaryRowIsSeparatedFromTheAmountLines()
    {
        var text = ReportFiles.Tsv(
            Header,
            ["S1", "2026-01-01 00:00:00 UTC", "2026-01-15 00:00:00 UTC", "2026-01-17 00:00:00 UTC", "1234.56", "USD", "", "", "", "", "", "", "", ""],
            ["S1", "", "", "", "", "", "Order", "111-1", "ItemPrice", "Principal", "19.99", "2026-01-05", "SKU-1", "1"],
            ["S1", "", "", "", "", "", "Order", "111-1", "ItemFees", "Commission", "-3.00", "2026-01-05", "SKU-1", ""]);

        var report = SettlementReportParser.Parse(text);

        Assert.NotNull(report.Summary);
        Assert.Equal(1234.56m, report.Summary.TotalAmount);
        Assert.Equal(new DateTimeOffset(2026, 1, 17, 0, 0, 0, TimeSpan.Zero), report.Summary.DepositDate);
        Assert.Equal(2, report.Lines.Count);
        Assert.Equal([19.99m, -3.00m], report.Lines.Select(l => l.Amount));
        Assert.Equal("Commission", report.Lines[1].AmountDescription);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero), report.Lines[0].PostedDate);
    }

    [Fact]
    public void EuropeanFilesWithDecimalCommasAndDottedDatesParse()
    {
        var text = ReportFiles.Tsv(
            Header,
            ["S2", "01.02.2026 00:00:00 UTC", "15.02.2026 00:00:00 UTC", "17.02.2026 00:00:00 UTC", "1.234,56", "EUR", "", "", "", "", "", "", "", ""],
            ["S2", "", "", "", "", "", "Order", "302-1", "ItemPrice", "Principal", "19,99", "05.02.2026", "SKU-1", "1"]);

        var report = SettlementReportParser.Parse(text);

        Assert.Equal(1234.56m, report.Summary!.TotalAmount);
        Assert.Equal(new DateTimeOffset(2026, 2, 1, 0, 0, 0, TimeSpan.Zero), report.Summary.SettlementStartDate);
        Assert.Equal(19.99m, Assert.Single(report.Lines).Amount);
    }
}
