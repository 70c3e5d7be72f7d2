using Npgsql;
using Sellmetrics.Facts.Costs;
using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Data.Facts;

// The products query and unit costs; facts are read through their table descriptions (FactTables).
public sealed partial class FactReader
{
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

    private static CogsEntry ReadCogs(NpgsqlDataReader r) => new(r.GetString(0), r.GetDecimal(1), r.GetString(2), r.GetFieldValue<DateOnly>(3));

    private static ProductIdentity ReadProduct(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3));
}
