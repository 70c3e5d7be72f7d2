using Sellmetrics.Marketplaces.Reports;

namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>Parses <see cref="ReportTypes.Reimbursements"/> by header name.</summary>
public static class ReimbursementsReportParser
{
    public static IReadOnlyList<Reimbursement> Parse(TextReader text)
    {
        using var reader = new FlatFileReader(text);
        var rows = new List<Reimbursement>();
        while (reader.Read())
        {
            rows.Add(new Reimbursement(
                reader.Date("approval-date") ?? throw new FormatException("A reimbursement row has no approval-date."),
                reader.RequiredText("reimbursement-id"),
                reader.Text("case-id"),
                reader.Text("amazon-order-id"),
                reader.Text("reason"),
                reader.Text("sku"),
                reader.Text("fnsku"),
                reader.Text("asin"),
                reader.Text("product-name"),
                reader.Text("condition"),
                reader.Text("currency-unit"),
                reader.Decimal("amount-per-unit"),
                reader.Decimal("amount-total") ?? 0m,
                reader.Int("quantity-reimbursed-cash") ?? 0,
                reader.Int("quantity-reimbursed-inventory") ?? 0,
                reader.Int("quantity-reimbursed-total") ?? 0,
                reader.Text("original-reimbursement-id"),
                reader.Text("original-reimbursement-type")));
        }

        return rows;
    }
}
