using Npgsql;
using Sellmetrics.Data.Tenants;
using Sellmetrics.Facts;
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
            Orders = await ListAsync(session, FactTables.Orders.Select + " WHERE marketplace = @m AND order_id IN (SELECT order_id FROM order_items WHERE marketplace = @m AND sku = @sku)", FactTables.Orders.Read, parameters, cancellationToken),
            Items = await ListAsync(session, FactTables.Items.Select + " WHERE marketplace = @m AND sku = @sku", FactTables.Items.Read, parameters, cancellationToken),
            Fees = await ListAsync(session, FactTables.Fees.Select + " WHERE marketplace = @m AND sku = @sku", FactTables.Fees.Read, parameters, cancellationToken),
            Refunds = await ListAsync(session, FactTables.Refunds.Select + " WHERE marketplace = @m AND sku = @sku", FactTables.Refunds.Read, parameters, cancellationToken),
            Returns = await ListAsync(session, FactTables.Returns.Select + " WHERE marketplace = @m AND sku = @sku", FactTables.Returns.Read, parameters, cancellationToken),
            ServiceFees = await ListAsync(session, FactTables.ServiceFees.Select + " WHERE marketplace = @m AND sku = @sku", FactTables.ServiceFees.Read, parameters, cancellationToken),
            Reimbursements = await ListAsync(session, FactTables.Reimbursements.Select + " WHERE marketplace = @m AND sku = @sku", FactTables.Reimbursements.Read, parameters, cancellationToken),
            Costs = await ListAsync(session, CogsSql + " WHERE marketplace = @m AND sku = @sku ORDER BY effective_from", ReadCogs, parameters, cancellationToken),
        };
    }

    /// <summary>Service fees and reimbursements that belong to no SKU (recurring costs are the caller's to add).</summary>
    public async Task<TenantFacts> LoadTenantLevelAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        return new TenantFacts
        {
            ServiceFees = await ListAsync(session, FactTables.ServiceFees.Select + " WHERE sku IS NULL", FactTables.ServiceFees.Read, [], cancellationToken),
            Reimbursements = await ListAsync(session, FactTables.Reimbursements.Select + " WHERE sku IS NULL", FactTables.Reimbursements.Read, [], cancellationToken),
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
