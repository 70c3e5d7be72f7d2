namespace Sellmetrics.Facts;

/// <summary>
/// Splits a pull's facts into what each SKU's ProductProfitGrain needs and what stays at tenant level (fees and
/// reimbursements without a SKU). An order header goes to every SKU it has an item of, in the batch or in
/// the known order SKUs passed in (the stored items of orders whose header changed without them).
/// </summary>
public static class FactBatchSplit
{
    public static IReadOnlyList<SkuFacts> BySku(FactBatch batch, IReadOnlyDictionary<string, IReadOnlyList<string>> knownOrderSkus)
    {
        var orderSkus = batch.Items.GroupBy(i => i.OrderId)
            .ToDictionary(g => g.Key, g => g.Select(i => i.Sku).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (orderId, skus) in knownOrderSkus)
        {
            orderSkus.TryAdd(orderId, new HashSet<string>(StringComparer.Ordinal));
            orderSkus[orderId].UnionWith(skus);
        }

        var skusInBatch = batch.Items.Select(i => i.Sku)
            .Concat(batch.Orders.SelectMany(o => orderSkus.GetValueOrDefault(o.OrderId) ?? []))
            .Concat(batch.Fees.Select(f => f.Sku))
            .Concat(batch.Refunds.Select(r => r.Sku))
            .Concat(batch.Returns.Select(r => r.Sku))
            .Concat(batch.ServiceFees.Select(f => f.Sku).OfType<string>())
            .Concat(batch.Reimbursements.Select(r => r.Sku).OfType<string>())
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return [.. skusInBatch.Select(sku => new SkuFacts(batch.Marketplace, sku)
        {
            Orders = [.. batch.Orders.Where(o => orderSkus.GetValueOrDefault(o.OrderId)?.Contains(sku) == true)],
            Items = [.. batch.Items.Where(i => i.Sku == sku)],
            Fees = [.. batch.Fees.Where(f => f.Sku == sku)],
            Refunds = [.. batch.Refunds.Where(r => r.Sku == sku)],
            Returns = [.. batch.Returns.Where(r => r.Sku == sku)],
            ServiceFees = [.. batch.ServiceFees.Where(f => f.Sku == sku)],
            Reimbursements = [.. batch.Reimbursements.Where(r => r.Sku == sku)],
        })];
    }

    /// <summary>Whether the batch holds fees or reimbursements that belong to no SKU.</summary>
    public static bool HasTenantLevelFacts(FactBatch batch) =>
        batch.ServiceFees.Any(f => f.Sku is null) || batch.Reimbursements.Any(r => r.Sku is null);

    /// <summary>Whether the batch holds anything the profit numbers are made of (inventory, catalog and traffic are not).</summary>
    public static bool HasProfitFacts(FactBatch batch) =>
        batch.Orders.Count + batch.Items.Count + batch.Fees.Count + batch.Refunds.Count + batch.Returns.Count
        + batch.ServiceFees.Count + batch.Reimbursements.Count > 0;
}
