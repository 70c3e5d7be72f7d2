using Sellmetrics.Marketplaces.Amazon.Reports;

namespace Sellmetrics.Marketplaces.Tests.Reports;

public sealed class ReimbursementsReportParserTests
{
    [Fact]
    public void AmountsAreDecimalsAndQuantitiesIntegers()
    {
        var text = ReportFiles.Tsv(
            ["amount-total", "reimbursement-id", "approval-date", "reason", "sku", "currency-unit", "amount-per-unit", "quantity-reimbursed-cash", "quantity-reimbursed-inventory", "quantity-reimbursed-total"],
            ["30.03", "R-1", "2026-02-01T00:00:00+00:00", "Lost_Warehouse", "SKU-9", "USD", "10.01", "3", "0", "3"]);

        var row = Assert.Single(ReimbursementsReportParser.Parse(text));

        Assert.Equal(30.03m, row.AmountTotal);
        Assert.Equal(10.01m, row.AmountPerUnit);
        Assert.Equal(3, row.QuantityReimbursedCash);
        Assert.Equal(3, row.QuantityReimbursedTotal);
        Assert.Equal("Lost_Warehouse", row.Reason);
        Assert.Null(row.CaseId);
    }
}
