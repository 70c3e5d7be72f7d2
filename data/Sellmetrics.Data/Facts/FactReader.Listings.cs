using Npgsql;
using Sellmetrics.Profit.Facts;

namespace Sellmetrics.Data.Facts;

// Listings of raw facts for the API: inventory, returns, reimbursement details and traffic.
public sealed partial class FactReader
{
    public async Task<IReadOnlyList<MarketplaceFact<InventoryLevel>>> ListInventoryAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        return await ListAsync(session, """
            SELECT DISTINCT ON (marketplace, sku, location) marketplace, sku, asin, location, day, fulfillable, inbound, reserved, unfulfillable, observed_at
            FROM inventory_levels ORDER BY marketplace, sku, location, day DESC
            """, r => new MarketplaceFact<InventoryLevel>(r.GetString(0), new InventoryLevel(
                r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3), r.GetFieldValue<DateOnly>(4),
                r.GetInt32(5), r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetFieldValue<DateTimeOffset>(9))), [], cancellationToken);
    }

    public async Task<IReadOnlyList<MarketplaceFact<CustomerReturn>>> ListReturnsAsync(Guid tenantId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        return await ListAsync(session, ReturnSql + " WHERE returned_at >= @from AND returned_at < @to ORDER BY returned_at, id",
            r => new MarketplaceFact<CustomerReturn>(r.GetString(7), ReadReturn(r)), Days(from, to), cancellationToken);
    }

    public async Task<IReadOnlyList<MarketplaceFact<ReimbursementDetail>>> ListReimbursementDetailsAsync(
        Guid tenantId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        return await ListAsync(session, """
            SELECT marketplace, reimbursement_id, sku, asin, order_id, approved_at, reason, case_id, currency, amount_total, quantity_cash, quantity_inventory
            FROM reimbursement_details WHERE approved_at >= @from AND approved_at < @to ORDER BY approved_at, reimbursement_id
            """, r => new MarketplaceFact<ReimbursementDetail>(r.GetString(0), new ReimbursementDetail(
                r.GetString(1), Text(r, 2), Text(r, 3), Text(r, 4), r.GetFieldValue<DateTimeOffset>(5), r.GetString(6), Text(r, 7),
                r.GetString(8), r.GetDecimal(9), r.GetInt32(10), r.GetInt32(11))), Days(from, to), cancellationToken);
    }

    public async Task<IReadOnlyList<MarketplaceFact<TrafficDay>>> ListTrafficAsync(Guid tenantId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        return await ListAsync(session, """
            SELECT marketplace, asin, sku, day, sessions, page_views, units_ordered, buy_box_percentage
            FROM traffic_days WHERE day >= @fromDay AND day <= @toDay ORDER BY day, marketplace, asin
            """, r => new MarketplaceFact<TrafficDay>(r.GetString(0), new TrafficDay(
                r.GetString(1), Text(r, 2), r.GetFieldValue<DateOnly>(3), r.GetInt32(4), r.GetInt32(5), r.GetInt32(6), r.IsDBNull(7) ? null : r.GetDecimal(7))),
            [("fromDay", from), ("toDay", to)], cancellationToken);
    }

    // UTC days, inclusive: [from 00:00, the day after to 00:00).
    private static (string, object)[] Days(DateOnly from, DateOnly to) =>
        [("from", new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)), ("to", new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))];

    private static string? Text(NpgsqlDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);
}
