using Sellmetrics.Marketplaces.Reports;

namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>Parses <see cref="ReportTypes.Settlement"/> by header name; the summary row is the one with a total and no amount.</summary>
public static class SettlementReportParser
{
    public static SettlementReport Parse(TextReader text)
    {
        using var reader = new FlatFileReader(text);
        SettlementSummary? summary = null;
        var lines = new List<SettlementLine>();
        while (reader.Read())
        {
            var settlementId = reader.RequiredText("settlement-id");
            var amount = reader.Decimal("amount");
            if (amount is null && reader.Text("total-amount") is not null)
            {
                summary ??= new SettlementSummary(
                    settlementId,
                    reader.Date("settlement-start-date"),
                    reader.Date("settlement-end-date"),
                    reader.Date("deposit-date"),
                    reader.Decimal("total-amount"),
                    reader.Text("currency"));
                continue;
            }

            lines.Add(new SettlementLine(
                settlementId,
                reader.Text("transaction-type"),
                reader.Text("order-id"),
                reader.Text("merchant-order-id"),
                reader.Text("adjustment-id"),
                reader.Text("shipment-id"),
                reader.Text("marketplace-name"),
                reader.Text("amount-type"),
                reader.Text("amount-description"),
                amount ?? 0m,
                reader.Text("fulfillment-id"),
                reader.Date("posted-date-time") ?? reader.Date("posted-date"),
                reader.Text("order-item-code"),
                reader.Text("merchant-order-item-id"),
                reader.Text("merchant-adjustment-item-id"),
                reader.Text("sku"),
                reader.Int("quantity-purchased"),
                reader.Text("promotion-id")));
        }

        return new SettlementReport(summary, lines);
    }
}
