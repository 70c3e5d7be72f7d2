namespace Sellmetrics.Grains.Tenants;

/// <summary>
/// What a tenant's data export holds: one CSV per table of the tenant's schema, in a stable order. Sealed marketplace
/// credentials and pull cursors are internal and stay out.
/// </summary>
internal static class TenantExportFiles
{
    public static IReadOnlyList<(string File, string Query)> All { get; } =
    [
        ("marketplace_connections.csv", """
            SELECT id, marketplace, marketplace_id, array_to_string(marketplace_ids, ' ') AS marketplace_ids, account, region, status, connected_at, updated_at
            FROM marketplace_connections ORDER BY connected_at
            """),
        ("sync_datasets.csv", "SELECT connection_id, dataset, marketplace_id, state, covered_from, covered_to, last_success_at, rows, api_calls, throttles, error FROM sync_datasets ORDER BY connection_id, dataset, marketplace_id"),
        Table("orders"),
        Table("order_items"),
        Table("fee_lines"),
        Table("refund_events"),
        Table("service_fees"),
        Table("reimbursements"),
        Table("reimbursement_details"),
        Table("customer_returns"),
        Table("inventory_levels"),
        Table("catalog_entries"),
        Table("traffic_days"),
        ("unit_costs.csv", "SELECT * FROM cogs ORDER BY marketplace, sku, effective_from"),
        Table("recurring_costs"),
        ("audit_log.csv", "SELECT * FROM audit_log ORDER BY id"),
    ];

    private static (string File, string Query) Table(string name) => ($"{name}.csv", $"SELECT * FROM {name} ORDER BY 1");
}
