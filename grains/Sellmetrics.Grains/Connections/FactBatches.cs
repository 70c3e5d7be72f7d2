using Sellmetrics.Facts;

namespace Sellmetrics.Grains.Connections;

/// <summary>Joins the facts of several reads of one marketplace into one batch, written in one transaction.</summary>
internal static class FactBatches
{
    public static FactBatch Concat(string marketplace, IReadOnlyCollection<FactBatch> batches) => new(marketplace)
    {
        Orders = [.. batches.SelectMany(b => b.Orders)],
        Items = [.. batches.SelectMany(b => b.Items)],
        Fees = [.. batches.SelectMany(b => b.Fees)],
        Refunds = [.. batches.SelectMany(b => b.Refunds)],
        ServiceFees = [.. batches.SelectMany(b => b.ServiceFees)],
        Reimbursements = [.. batches.SelectMany(b => b.Reimbursements)],
        Returns = [.. batches.SelectMany(b => b.Returns)],
        ReimbursementDetails = [.. batches.SelectMany(b => b.ReimbursementDetails)],
        Inventory = [.. batches.SelectMany(b => b.Inventory)],
        Catalog = [.. batches.SelectMany(b => b.Catalog)],
        Traffic = [.. batches.SelectMany(b => b.Traffic)],
        RefusedLines = [.. batches.SelectMany(b => b.RefusedLines)],
        Payouts = [.. batches.SelectMany(b => b.Payouts)],
        PayoutLines = [.. batches.SelectMany(b => b.PayoutLines)],
    };
}
