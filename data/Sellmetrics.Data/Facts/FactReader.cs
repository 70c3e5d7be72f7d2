using Npgsql;
using Sellmetrics.Data.Tenants;
using Sellmetrics.Profit.Facts;
using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Data.Facts;

/// <summary>Reads a tenant's stored facts back as the profit engine's records, for the profit grains and the API.</summary>
public sealed partial class FactReader(TenantDatabase tenants)
{
    /// <summary>Everything about one SKU of one marketplace: its orders and items, fees, refunds, returns, SKU-level fees and reimbursements, unit costs.</summary>
    public async Task<SkuFacts> LoadSkuAsync(Guid tenantId, string marketplace, string sku, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        var parameters = new (string, object)[] { ("m", marketplace), ("sku", sku) };
        return new SkuFacts(marketplace, sku)
        {
            Orders = await ListAsync(session, OrderSql + " WHERE marketplace = @m AND order_id IN (SELECT order_id FROM order_items WHERE marketplace = @m AND sku = @sku)", ReadOrder, parameters, cancellationToken),
            Items = await ListAsync(session, ItemSql + " WHERE marketplace = @m AND sku = @sku", ReadItem, parameters, cancellationToken),
            Fees = await ListAsync(session, FeeSql + " WHERE marketplace = @m AND sku = @sku", ReadFee, parameters, cancellationToken),
            Refunds = await ListAsync(session, RefundSql + " WHERE marketplace = @m AND sku = @sku", ReadRefund, parameters, cancellationToken),
            Returns = await ListAsync(session, ReturnSql + " WHERE marketplace = @m AND sku = @sku", ReadReturn, parameters, cancellationToken),
            ServiceFees = await ListAsync(session, ServiceFeeSql + " WHERE marketplace = @m AND sku = @sku", ReadServiceFee, parameters, cancellationToken),
            Reimbursements = await ListAsync(session, ReimbursementSql + " WHERE marketplace = @m AND sku = @sku", ReadReimbursement, parameters, cancellationToken),
            Costs = await ListAsync(session, CogsSql + " WHERE marketplace = @m AND sku = @sku ORDER BY effective_from", ReadCogs, parameters, cancellationToken),
        };
    }

    /// <summary>Service fees and reimbursements that belong to no SKU (recurring costs are the caller's to add).</summary>
    public async Task<TenantFacts> LoadTenantLevelAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        return new TenantFacts
        {
            ServiceFees = await ListAsync(session, ServiceFeeSql + " WHERE sku IS NULL", ReadServiceFee, [], cancellationToken),
            Reimbursements = await ListAsync(session, ReimbursementSql + " WHERE sku IS NULL", ReadReimbursement, [], cancellationToken),
        };
    }

    /// <summary>Every product the tenant has facts or unit costs of, with its ASIN and title from the catalog where known.</summary>
    public async Task<IReadOnlyList<ProductIdentity>> ListProductsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        return await ListAsync(session, ProductSql + " ORDER BY p.marketplace, p.sku", ReadProduct, [], cancellationToken);
    }

    public async Task<ProductIdentity?> FindProductAsync(Guid tenantId, string marketplace, string sku, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        var found = await ListAsync(session, ProductSql + " WHERE p.marketplace = @m AND p.sku = @sku", ReadProduct, [("m", marketplace), ("sku", sku)], cancellationToken);
        return found.SingleOrDefault();
    }

    /// <summary>The SKUs each of the given orders has items of, from what is stored.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> SkusOfOrdersAsync(
        Guid tenantId, string marketplace, IReadOnlyCollection<string> orderIds, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        var pairs = await ListAsync(
            session, "SELECT order_id, sku FROM order_items WHERE marketplace = @m AND order_id = ANY(@ids)",
            r => (OrderId: r.GetString(0), Sku: r.GetString(1)), [("m", marketplace), ("ids", orderIds.ToArray())], cancellationToken);
        return pairs.GroupBy(p => p.OrderId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(p => p.Sku)]);
    }

    /// <summary>The marketplace each of the given orders was stored under (orders not stored are left out); attributes account-wide money lines.</summary>
    public async Task<IReadOnlyDictionary<string, string>> MarketplacesOfOrdersAsync(
        Guid tenantId, IReadOnlyCollection<string> orderIds, CancellationToken cancellationToken = default)
    {
        if (orderIds.Count == 0)
        {
            return new Dictionary<string, string>();
        }

        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        var pairs = await ListAsync(
            session, "SELECT order_id, min(marketplace) FROM orders WHERE order_id = ANY(@ids) GROUP BY order_id",
            r => (OrderId: r.GetString(0), Marketplace: r.GetString(1)), [("ids", orderIds.ToArray())], cancellationToken);
        return pairs.ToDictionary(p => p.OrderId, p => p.Marketplace, StringComparer.Ordinal);
    }

    private static async Task<IReadOnlyList<T>> ListAsync<T>(
        TenantSession session, string sql, Func<NpgsqlDataReader, T> read, (string Name, object Value)[] parameters, CancellationToken cancellationToken)
    {
        await using var command = session.CreateCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
