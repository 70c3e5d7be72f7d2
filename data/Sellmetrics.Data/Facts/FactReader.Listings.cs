using Sellmetrics.Facts;

namespace Sellmetrics.Data.Facts;

// Listings of raw facts for the API: inventory, returns, reimbursement details and traffic.
public sealed partial class FactReader
{
    public async Task<IReadOnlyList<MarketplaceFact<InventoryLevel>>> ListInventoryAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        var latest = FactTables.Inventory.Select.Replace("SELECT ", "SELECT DISTINCT ON (marketplace, sku, location) ", StringComparison.Ordinal);
        return await ListAsync(session, latest + " ORDER BY marketplace, sku, location, day DESC", FactTables.Inventory.ReadWithMarketplace, [], cancellationToken);
    }

    public async Task<IReadOnlyList<MarketplaceFact<CustomerReturn>>> ListReturnsAsync(Guid tenantId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        return await ListAsync(session, FactTables.Returns.Select + " WHERE returned_at >= @from AND returned_at < @to ORDER BY returned_at, id",
            FactTables.Returns.ReadWithMarketplace, Days(from, to), cancellationToken);
    }

    public async Task<IReadOnlyList<MarketplaceFact<ReimbursementDetail>>> ListReimbursementDetailsAsync(
        Guid tenantId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        return await ListAsync(session, FactTables.ReimbursementDetails.Select + " WHERE approved_at >= @from AND approved_at < @to ORDER BY approved_at, reimbursement_id",
            FactTables.ReimbursementDetails.ReadWithMarketplace, Days(from, to), cancellationToken);
    }

    public async Task<IReadOnlyList<MarketplaceFact<TrafficDay>>> ListTrafficAsync(Guid tenantId, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        return await ListAsync(session, FactTables.Traffic.Select + " WHERE day >= @fromDay AND day <= @toDay ORDER BY day, marketplace, asin",
            FactTables.Traffic.ReadWithMarketplace, [("fromDay", from), ("toDay", to)], cancellationToken);
    }

    // UTC days, inclusive: [from 00:00, the day after to 00:00).
    private static (string, object)[] Days(DateOnly from, DateOnly to) =>
        [("from", new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)), ("to", new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))];

}
