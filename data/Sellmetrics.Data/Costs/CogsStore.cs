using Sellmetrics.Data.Tenants;
using Sellmetrics.Facts;
using Sellmetrics.Facts.Costs;

namespace Sellmetrics.Data.Costs;

/// <summary>Unit costs (COGS) by marketplace, SKU and effective date, in the tenant's schema; every change is audited.</summary>
public sealed class CogsStore(TenantDatabase tenants)
{
    private const string Upsert = """
        INSERT INTO cogs (marketplace, sku, effective_from, unit_cost, currency, updated_at)
        SELECT * FROM unnest(@m::varchar[], @sku::varchar[], @from::date[], @cost::numeric[], @currency::varchar[], @now::timestamptz[])
        ON CONFLICT (marketplace, sku, effective_from) DO UPDATE SET unit_cost = EXCLUDED.unit_cost, currency = EXCLUDED.currency, updated_at = EXCLUDED.updated_at
        """;

    public Task SetAsync(Guid tenantId, string marketplace, CogsEntry entry, string actor, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ImportAsync(tenantId, [new MarketplaceFact<CogsEntry>(marketplace, entry)], actor, now, cancellationToken, "cogs.set");

    /// <summary>Stores every entry in one transaction (the last of entries with the same key wins) and returns how many there were.</summary>
    public Task<int> ImportAsync(Guid tenantId, IReadOnlyList<MarketplaceFact<CogsEntry>> entries, string actor, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ImportAsync(tenantId, entries, actor, now, cancellationToken, "cogs.imported");

    private async Task<int> ImportAsync(
        Guid tenantId, IReadOnlyList<MarketplaceFact<CogsEntry>> entries, string actor, DateTimeOffset now, CancellationToken cancellationToken, string action)
    {
        var unique = entries.GroupBy(e => (e.Marketplace, e.Fact.Sku, e.Fact.EffectiveFrom)).Select(g => g.Last()).ToList();
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using (var command = session.CreateCommand(Upsert))
        {
            command.Parameters.AddWithValue("m", unique.Select(e => e.Marketplace).ToArray());
            command.Parameters.AddWithValue("sku", unique.Select(e => e.Fact.Sku).ToArray());
            command.Parameters.AddWithValue("from", unique.Select(e => e.Fact.EffectiveFrom).ToArray());
            command.Parameters.AddWithValue("cost", unique.Select(e => e.Fact.UnitCost).ToArray());
            command.Parameters.AddWithValue("currency", unique.Select(e => e.Fact.Currency).ToArray());
            command.Parameters.AddWithValue("now", unique.Select(_ => now.ToUniversalTime()).ToArray());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await AuditLog.AppendAsync(session, actor, action, now, ("entries", unique.Count), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return unique.Count;
    }
}
