using System.IO.Compression;
using System.Text;
using CsvHelper;
using Sellmetrics.Marketplaces.Reports;

namespace Sellmetrics.Marketplaces.Walmart.Reports;

/// <summary>Parses a reconciliation report file (a ZIP holding one CSV, or the CSV itself) by header name.</summary>
public static class ReconciliationReportParser
{
    public static IReadOnlyList<WalmartReconciliationLine> Parse(byte[] file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length >= 2 && file[0] == (byte)'P' && file[1] == (byte)'K')
        {
            using var zip = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read);
            var entry = zip.Entries.FirstOrDefault(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
                ?? zip.Entries.FirstOrDefault()
                ?? throw new FormatException("The reconciliation report archive is empty.");
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            return Parse(reader);
        }

        using var text = new StreamReader(new MemoryStream(file), Encoding.UTF8);
        return Parse(text);
    }

    public static IReadOnlyList<WalmartReconciliationLine> Parse(TextReader text)
    {
        using var reader = new FlatFileReader(text, ',', CsvMode.Rfc4180);
        var rows = new List<WalmartReconciliationLine>();
        while (reader.Read())
        {
            rows.Add(new WalmartReconciliationLine(
                reader.Date("Period Start Date"),
                reader.Date("Period End Date"),
                reader.Decimal("Total Payable"),
                reader.Text("Currency"),
                reader.Text("Transaction Key"),
                reader.Date("Transaction Posted Timestamp"),
                reader.Text("Transaction Type"),
                reader.Text("Transaction Description"),
                reader.Text("Customer Order #"),
                reader.Text("Customer Order line #"),
                reader.Text("Purchase Order #"),
                reader.Text("Purchase Order line #"),
                reader.Decimal("Amount"),
                reader.Text("Amount Type"),
                reader.Int("Ship Qty"),
                reader.Decimal("Commission Rate"),
                reader.Text("Transaction Reason Description"),
                reader.Text("Partner Item Id"),
                reader.Text("Partner GTIN"),
                reader.Text("Partner Item Name"),
                reader.Text("Contract Category"),
                reader.Text("Product Type"),
                reader.Text("Commission Rule"),
                reader.Text("Shipping Method"),
                reader.Text("Fulfillment Type"),
                reader.Decimal("Original Commission")));
        }

        return rows;
    }
}
