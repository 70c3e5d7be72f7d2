using System.Globalization;

namespace Sellmetrics.Mappers;

/// <summary>
/// The natural ids facts are stored under. They must come out the same from every source and every repeated pull of the
/// same data, since the store upserts on them: an order line is its order and SKU, a fee its order, SKU, type and posting.
/// </summary>
public static class FactIds
{
    public static string OrderItem(string orderId, string sku) => $"{orderId}/{sku}";

    public static string Fee(string orderId, string sku, string feeType, DateTimeOffset postedAt) => $"{orderId}/{sku}/{feeType}/{Second(postedAt)}";

    public static string Refund(string orderId, string sku, DateTimeOffset postedAt) => $"{orderId}/{sku}/{Second(postedAt)}";

    /// <summary>A service fee has no date of its own, so it is named by the window it was posted in and its place there.</summary>
    public static string ServiceFee(string feeType, string? sku, DateTimeOffset windowStart, int ordinal) =>
        $"{feeType}/{sku ?? "-"}/{windowStart.UtcDateTime.ToString("yyyyMMddTHHmm", CultureInfo.InvariantCulture)}Z/{ordinal}";

    public static string Reimbursement(string type, string? sku, DateTimeOffset postedAt, int ordinal) => $"{type}/{sku ?? "-"}/{Second(postedAt)}/{ordinal}";

    public static string Return(string orderId, string sku, DateTimeOffset returnedAt, string discriminator) => $"{orderId}/{sku}/{Second(returnedAt)}/{discriminator}";

    private static string Second(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyyMMddTHHmmss", CultureInfo.InvariantCulture) + "Z";
}
