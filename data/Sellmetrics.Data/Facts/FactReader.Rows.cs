using Npgsql;
using Sellmetrics.Profit.Costs;
using Sellmetrics.Profit.Facts;
using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Data.Facts;

// The columns each fact is read with, and how a row becomes its record.
public sealed partial class FactReader
{
    private const string OrderSql = "SELECT order_id, marketplace, purchased_at, status, fulfillment FROM orders";
    private const string ItemSql = "SELECT order_id, order_item_id, sku, product_id, quantity, currency, item_price, shipping_price, gift_wrap_price, promotion_discount, shipping_discount, tax FROM order_items";
    private const string FeeSql = "SELECT id, order_id, sku, fee_type, currency, amount, posted_at FROM fee_lines";
    private const string RefundSql = "SELECT id, order_id, sku, posted_at, currency, principal, shipping, gift_wrap, promotion, fee_adjustments, other FROM refund_events";
    private const string ReturnSql = "SELECT id, order_id, sku, returned_at, quantity, disposition, sellable, marketplace FROM customer_returns";
    private const string ServiceFeeSql = "SELECT id, marketplace, sku, fee_type, posted_at, currency, amount FROM service_fees";
    private const string ReimbursementSql = "SELECT id, marketplace, sku, posted_at, currency, amount, reason FROM reimbursements";
    private const string CogsSql = "SELECT sku, unit_cost, currency, effective_from FROM cogs";

    // Every (marketplace, SKU) that any fact or unit cost names; the catalog adds ASIN and title, else the item's ASIN.
    private const string ProductSql = """
        SELECT p.marketplace, p.sku, coalesce(c.asin, (SELECT min(i.product_id) FROM order_items i WHERE i.marketplace = p.marketplace AND i.sku = p.sku)), c.title
        FROM (
            SELECT marketplace, sku FROM order_items UNION SELECT marketplace, sku FROM fee_lines
            UNION SELECT marketplace, sku FROM refund_events UNION SELECT marketplace, sku FROM customer_returns
            UNION SELECT marketplace, sku FROM service_fees WHERE sku IS NOT NULL
            UNION SELECT marketplace, sku FROM reimbursements WHERE sku IS NOT NULL
            UNION SELECT marketplace, sku FROM cogs UNION SELECT marketplace, sku FROM catalog_entries
        ) p
        LEFT JOIN catalog_entries c ON c.marketplace = p.marketplace AND c.sku = p.sku
        """;

    private static Order ReadOrder(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetFieldValue<DateTimeOffset>(2), Enum.Parse<OrderStatus>(r.GetString(3)), r.IsDBNull(4) ? null : r.GetString(4));

    private static OrderItem ReadItem(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetString(5),
        r.GetDecimal(6), r.GetDecimal(7), r.GetDecimal(8), r.GetDecimal(9), r.GetDecimal(10), r.GetDecimal(11));

    private static FeeLine ReadFee(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetDecimal(5), r.GetFieldValue<DateTimeOffset>(6));

    private static RefundEvent ReadRefund(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3), r.GetString(4),
        r.GetDecimal(5), r.GetDecimal(6), r.GetDecimal(7), r.GetDecimal(8), r.GetDecimal(9), r.GetDecimal(10));

    private static CustomerReturn ReadReturn(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3), r.GetInt32(4), r.GetString(5), r.GetBoolean(6));

    private static ServiceFee ReadServiceFee(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), r.GetFieldValue<DateTimeOffset>(4), r.GetString(5), r.GetDecimal(6));

    private static Reimbursement ReadReimbursement(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetFieldValue<DateTimeOffset>(3), r.GetString(4), r.GetDecimal(5), r.GetString(6));

    private static CogsEntry ReadCogs(NpgsqlDataReader r) => new(r.GetString(0), r.GetDecimal(1), r.GetString(2), r.GetFieldValue<DateOnly>(3));

    private static ProductIdentity ReadProduct(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3));
}
