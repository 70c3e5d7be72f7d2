using System.Globalization;

namespace Sellmetrics.Facts.Payouts;

/// <summary>
/// How a settlement line and the ledger facts it corresponds to are named alike: sales by order line, fees and refunds by
/// order line and posting second, reimbursements by SKU and posting second, service fees by SKU within the settlement.
/// </summary>
public static class PayoutReferences
{
    public static string Sale(string orderId, string sku) => $"{orderId}/{sku}";

    public static string Posted(string orderId, string sku, DateTimeOffset postedAt) => $"{orderId}/{sku}/{Second(postedAt)}";

    public static string Reimbursement(string? sku, DateTimeOffset postedAt) => $"{sku ?? "-"}/{Second(postedAt)}";

    public static string ServiceFee(string? sku) => sku ?? "-";

    private static string Second(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMddTHHmmss", CultureInfo.InvariantCulture) + "Z";
}
