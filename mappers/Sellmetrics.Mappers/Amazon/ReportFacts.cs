using Sellmetrics.Facts;
using ReportReimbursement = Sellmetrics.Marketplaces.Amazon.Reports.Reimbursement;
using ReportReturn = Sellmetrics.Marketplaces.Amazon.Reports.CustomerReturn;

namespace Sellmetrics.Mappers.Amazon;

/// <summary>
/// The returns and reimbursements reports as facts. A return's disposition decides whether its unit cost comes back
/// (only SELLABLE units go back to stock); a reimbursement row is detail only, its money comes from the financial events.
/// </summary>
public static class ReportFacts
{
    public const string Sellable = "SELLABLE";

    public static FactBatch Returns(IReadOnlyList<ReportReturn> rows, string marketplaceId)
    {
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        var returns = new List<CustomerReturn>();
        foreach (var row in rows)
        {
            var disposition = row.DetailedDisposition ?? "UNKNOWN";
            var discriminator = row.LicensePlateNumber ?? (ordinals[row.OrderId + row.Sku] = ordinals.GetValueOrDefault(row.OrderId + row.Sku) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            returns.Add(new CustomerReturn(
                FactIds.Return(row.OrderId, row.Sku, row.ReturnDate, discriminator), row.OrderId, row.Sku, row.ReturnDate, row.Quantity, disposition,
                string.Equals(disposition, Sellable, StringComparison.OrdinalIgnoreCase)));
        }

        return new FactBatch(marketplaceId) { Returns = returns };
    }

    public static FactBatch Reimbursements(IReadOnlyList<ReportReimbursement> rows, string marketplaceId)
    {
        var priced = rows.Select(r => (Row: r, Currency: AmazonCurrency.Of(r.CurrencyUnit, marketplaceId))).ToList();
        return new FactBatch(marketplaceId)
        {
            ReimbursementDetails = [.. priced.Where(p => p.Currency is not null).Select(p => new ReimbursementDetail(
                p.Row.ReimbursementId, p.Row.Sku, p.Row.Asin, p.Row.AmazonOrderId, p.Row.ApprovalDate, p.Row.Reason ?? "Unknown", p.Row.CaseId, p.Currency!,
                p.Row.AmountTotal, p.Row.QuantityReimbursedCash, p.Row.QuantityReimbursedInventory))],
            RefusedLines = [.. priced.Where(p => p.Currency is null).Select(_ => RefusedLineKinds.ReimbursementDetail)],
        };
    }
}
