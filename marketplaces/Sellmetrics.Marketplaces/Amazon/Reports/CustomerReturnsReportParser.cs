using Sellmetrics.Marketplaces.Reports;

namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>Parses <see cref="ReportTypes.CustomerReturns"/> by header name.</summary>
public static class CustomerReturnsReportParser
{
    public static IReadOnlyList<CustomerReturn> Parse(TextReader text)
    {
        using var reader = new FlatFileReader(text);
        var rows = new List<CustomerReturn>();
        while (reader.Read())
        {
            rows.Add(new CustomerReturn(
                reader.Date("return-date") ?? throw new FormatException("A return row has no return-date."),
                reader.RequiredText("order-id"),
                reader.RequiredText("sku"),
                reader.Text("asin"),
                reader.Text("fnsku"),
                reader.Text("product-name"),
                reader.Int("quantity") ?? 0,
                reader.Text("fulfillment-center-id"),
                reader.Text("detailed-disposition"),
                reader.Text("reason"),
                reader.Text("status"),
                reader.Text("license-plate-number"),
                reader.Text("customer-comments")));
        }

        return rows;
    }
}
