using System.Globalization;
using Sellmetrics.Sandbox.Generation;
using Sellmetrics.Sandbox.Sellers;
using Sellmetrics.Sandbox.Walmart.History;

namespace Sellmetrics.Sandbox.Walmart;

/// <summary>
/// The v1 reconciliation lines of one settlement cycle: a PaymentSummary row, then one row per amount of each
/// shipped line (price, tax, tax withheld, commission, WFS fee) and each refunded line, and the reserve Walmart releases
/// from the previous cycle and holds back from this one.
/// </summary>
internal static class WalmartReconRows
{
    public static readonly string[] Columns =
    [
        "Period Start Date", "Period End Date", "Total Payable", "Currency", "Transaction Key", "Transaction Posted Timestamp",
        "Transaction Type", "Transaction Description", "Customer Order #", "Customer Order line #", "Purchase Order #",
        "Purchase Order line #", "Amount", "Amount Type", "Ship Qty", "Commission Rate", "Transaction Reason Description",
        "Partner Item Id", "Partner GTIN", "Partner Item Name", "Product Tax Code", "Ship to State", "Ship to City",
        "Ship to Zipcode", "Contract Category", "Product Type", "Commission Rule", "Shipping Method", "Fulfillment Type",
        "Fulfillment Details", "Original Commission",
    ];

    public static IEnumerable<SettlementPeriod> Cycles(Seller seller, DateTimeOffset now) =>
        SettlementPeriod.StartingBetween(CycleSeed(seller), now.AddDays(-365), now).Where(p => p.End <= now);

    /// <summary>The seed of the seller's Walmart cycles and their reserves.</summary>
    public static long CycleSeed(Seller seller) => seller.Seed + 1000;

    public static string ReportDate(SettlementPeriod cycle) => cycle.End.UtcDateTime.ToString("MMddyyyy", CultureInfo.InvariantCulture);

    public static List<string?[]> For(Seller seller, SettlementPeriod cycle, DateTimeOffset now)
    {
        var amounts = new List<string?[]>();
        var orders = seller.Walmart.OrdersPlacedBetween(DateOnly.FromDateTime(cycle.Start.UtcDateTime).AddDays(-40), DateOnly.FromDateTime(cycle.End.UtcDateTime), now);
        foreach (var order in orders)
        {
            foreach (var line in order.Lines)
            {
                if (order.ShippedAt is { } shipped && shipped >= cycle.Start && shipped < cycle.End)
                {
                    var sale = new[] { ("Product Price", line.Price), ("Product tax", line.Tax), ("Product tax withheld", -line.Tax), ("Commission on Product", line.Commission) };
                    amounts.AddRange(sale.Concat(order.IsWfs ? [("Fee/Reimbursement", line.WfsFee)] : []).Select(a => Row(order, line, shipped, "Sale", a.Item1, a.Item2)));
                }

                if (order.Return is { } r && r.RefundedAt >= cycle.Start && r.RefundedAt < cycle.End && r.LineNumbers.Contains(line.LineNumber))
                {
                    var refund = new[] { ("Product Price", -line.Price), ("Product tax", -line.Tax), ("Product tax withheld", line.Tax), ("Commission on Product", -line.Commission) };
                    amounts.AddRange(refund.Select(a => Row(order, line, r.RefundedAt, "Refund", a.Item1, a.Item2)));
                }
            }
        }

        amounts.Add(Reserve(cycle.Id, cycle.Start, "Release Reserve", "Reserve released", cycle.ReserveReleased(CycleSeed(seller), 0)));
        amounts.Add(Reserve(cycle.Id, cycle.End.AddDays(-1), "Reserve", "Reserve held", -cycle.ReserveHeld(CycleSeed(seller), 0)));
        var total = amounts.Sum(a => decimal.Parse(a[12]!, CultureInfo.InvariantCulture));
        var summary = new string?[Columns.Length];
        summary[0] = Date(cycle.Start);
        summary[1] = Date(cycle.End.AddDays(-1));
        summary[2] = Money.Text(total);
        summary[3] = WalmartStore.Currency;
        summary[6] = "PaymentSummary";
        return [summary, .. amounts];
    }

    private static string?[] Row(WalmartOrder order, WalmartOrderLine line, DateTimeOffset posted, string type, string amountType, decimal amount)
    {
        var product = line.Product;
        var lineNumber = line.LineNumber.ToString(CultureInfo.InvariantCulture);
        return
        [
            null, null, null, WalmartStore.Currency, order.PurchaseOrderId + "-" + lineNumber, Date(posted), type,
            amountType == "Fee/Reimbursement" ? "WFS Fulfillment fee" : type == "Sale" ? "Purchase" : "Return Refund",
            order.CustomerOrderId, lineNumber, order.PurchaseOrderId, lineNumber, Money.Text(amount), amountType, "1",
            amountType == "Commission on Product" ? (product.Category.ReferralRate * 100).ToString("0", CultureInfo.InvariantCulture) : null,
            type == "Refund" ? order.Return!.Reason : null,
            product.Sku, "00" + product.Upc, product.Title, "2038710", order.ShipTo.State, order.ShipTo.City, order.ShipTo.PostalCode,
            product.Category.Name, product.Category.Name, "Standard", order.MethodCode, order.IsWfs ? "WFS" : "Seller Fulfilled", null,
            amountType == "Commission on Product" ? Money.Text(amount) : null,
        ];
    }

    private static string?[] Reserve(string cycleId, DateTimeOffset posted, string type, string description, decimal amount)
    {
        var row = new string?[Columns.Length];
        (row[3], row[4], row[5], row[6], row[7], row[12], row[13]) = (WalmartStore.Currency, $"{cycleId}-{type}", Date(posted), type, description, Money.Text(amount), "Reserve Amount");
        return row;
    }

    private static string Date(DateTimeOffset instant) => instant.UtcDateTime.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);
}
