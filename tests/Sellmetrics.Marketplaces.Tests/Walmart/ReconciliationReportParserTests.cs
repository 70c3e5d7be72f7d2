using System.IO.Compression;
using System.Text;
using Sellmetrics.Marketplaces.Walmart.Reports;

namespace Sellmetrics.Marketplaces.Tests.Walmart;

public sealed class ReconciliationReportParserTests
{
    private const string Csv = """
        Period Start Date,Period End Date,Total Payable,Currency,Transaction Key,Transaction Posted Timestamp,Transaction Type,Customer Order #,Amount,Amount Type,Ship Qty,Partner Item Id,Partner Item Name,Fulfillment Type
        01/01/2026,01/14/2026,1520.75,USD,,,PaymentSummary,,,,,,,
        01/01/2026,01/14/2026,,USD,K1,01/03/2026,Sale,2000001,24.99,Product Price,1,WM-SKU-1,"Mug, blue",Seller Fulfilled
        01/01/2026,01/14/2026,,USD,K1,01/03/2026,Sale,2000001,-3.75,Commission on Product,1,WM-SKU-1,"Mug, blue",Seller Fulfilled
        """;

    [Fact]
    public void AZippedCsvIsParsedByHeaderNameWithQuotedCommas()
    {
        var lines = ReconciliationReportParser.Parse(Zip("10000_20260115.csv", Csv));

        Assert.Equal(3, lines.Count);
        Assert.Equal("PaymentSummary", lines[0].TransactionType);
        Assert.Equal(1520.75m, lines[0].TotalPayable);
        Assert.Equal(-3.75m, lines[2].Amount);
        Assert.Equal("Commission on Product", lines[2].AmountType);
        Assert.Equal("Mug, blue", lines[1].PartnerItemName);
        Assert.Equal(new DateTimeOffset(2026, 1, 3, 0, 0, 0, TimeSpan.Zero), lines[1].TransactionPostedTimestamp);
        Assert.Equal(new DateTimeOffset(2026, 1, 14, 0, 0, 0, TimeSpan.Zero), lines[1].PeriodEndDate);
    }

    [Fact]
    public void AnUnzippedCsvIsAcceptedToo()
    {
        Assert.Equal(3, ReconciliationReportParser.Parse(Encoding.UTF8.GetBytes(Csv)).Count);
    }

    private static byte[] Zip(string name, string text)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), Encoding.UTF8);
            writer.Write(text);
        }

        return output.ToArray();
    }
}
