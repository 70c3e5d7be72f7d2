using Sellmetrics.Marketplaces.Reports;

namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>Parses <see cref="ReportTypes.AllOrdersByLastUpdate"/> by header name.</summary>
public static class AllOrdersReportParser
{
    public static IReadOnlyList<AllOrdersReportRow> Parse(TextReader text)
    {
        using var reader = new FlatFileReader(text);
        var rows = new List<AllOrdersReportRow>();
        while (reader.Read())
        {
            var business = reader.Text("is-business-order");
            rows.Add(new AllOrdersReportRow(
                reader.RequiredText("amazon-order-id"),
                reader.Text("merchant-order-id"),
                reader.Date("purchase-date") ?? throw new FormatException("An order row has no purchase-date."),
                reader.Date("last-updated-date"),
                reader.Text("order-status"),
                reader.Text("fulfillment-channel"),
                reader.Text("sales-channel"),
                reader.Text("product-name"),
                reader.Text("sku"),
                reader.Text("asin"),
                reader.Text("item-status"),
                reader.Int("quantity") ?? 0,
                reader.Text("currency"),
                reader.Decimal("item-price"),
                reader.Decimal("item-tax"),
                reader.Decimal("shipping-price"),
                reader.Decimal("shipping-tax"),
                reader.Decimal("gift-wrap-price"),
                reader.Decimal("gift-wrap-tax"),
                reader.Decimal("item-promotion-discount"),
                reader.Decimal("ship-promotion-discount"),
                reader.Text("promotion-ids"),
                business is null ? null : bool.Parse(business)));
        }

        return rows;
    }
}
