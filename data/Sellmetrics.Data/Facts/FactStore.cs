using Sellmetrics.Data.Connections;
using Sellmetrics.Data.Tenants;
using Sellmetrics.Facts;

namespace Sellmetrics.Data.Facts;

/// <summary>
/// Stores a pull's facts in the tenant's schema in one transaction, with the dataset's progress beside them, so that a
/// restart resumes exactly where the stored facts end; called by the connection grains.
/// </summary>
public sealed class FactStore(TenantDatabase tenants)
{
    /// <summary>Upserts the batch on natural keys and returns only the facts that were new or changed (none, for a repeated pull).</summary>
    public async Task<FactBatch> UpsertAsync(Guid tenantId, FactBatch batch, DatasetProgress? progress = null, CancellationToken cancellationToken = default) =>
        (await UpsertAsync(tenantId, [batch], progress, cancellationToken))[0];

    /// <summary>Upserts batches of several marketplaces (one account-wide read) and the progress in one transaction; the changed facts per batch.</summary>
    public async Task<IReadOnlyList<FactBatch>> UpsertAsync(
        Guid tenantId, IReadOnlyList<FactBatch> batches, DatasetProgress? progress = null, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        var changed = new List<FactBatch>();
        foreach (var batch in batches)
        {
            changed.Add(await UpsertAsync(session, batch, cancellationToken));
        }

        if (progress is not null)
        {
            await DatasetProgressStore.SaveAsync(session, progress, cancellationToken);
        }

        await session.CommitAsync(cancellationToken);
        return changed;
    }

    private static async Task<FactBatch> UpsertAsync(TenantSession session, FactBatch batch, CancellationToken cancellationToken)
    {
        var m = batch.Marketplace;
        return new FactBatch(m)
        {
            Orders = await Upsert(FactTables.Orders, batch.Orders),
            Items = await Upsert(FactTables.Items, batch.Items),
            Fees = await Upsert(FactTables.Fees, batch.Fees),
            Refunds = await Upsert(FactTables.Refunds, batch.Refunds),
            ServiceFees = await Upsert(FactTables.ServiceFees, batch.ServiceFees),
            Reimbursements = await Upsert(FactTables.Reimbursements, batch.Reimbursements),
            Returns = await Upsert(FactTables.Returns, batch.Returns),
            ReimbursementDetails = await Upsert(FactTables.ReimbursementDetails, batch.ReimbursementDetails),
            Inventory = await Upsert(FactTables.Inventory, batch.Inventory),
            Catalog = await Upsert(FactTables.Catalog, batch.Catalog),
            Traffic = await Upsert(FactTables.Traffic, batch.Traffic),
            Payouts = await Upsert(FactTables.Payouts, batch.Payouts),
            PayoutLines = await Upsert(FactTables.PayoutLines, batch.PayoutLines),
        };

        async Task<IReadOnlyList<T>> Upsert<T>(FactTable<T> table, IReadOnlyList<T> facts) =>
            [.. (await table.UpsertAsync(session, [.. facts.Select(f => new MarketplaceFact<T>(m, f))], cancellationToken)).Select(f => f.Fact)];
    }
}
