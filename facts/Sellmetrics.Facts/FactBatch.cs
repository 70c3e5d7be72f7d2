using Sellmetrics.Facts.Payouts;

namespace Sellmetrics.Facts;

/// <summary>
/// Raw facts of one marketplace (its marketplace id, e.g. <c>ATVPDKIKX0DER</c> or <c>WALMART_US</c>) from one pull, as
/// the sync mappers produce them and the fact store upserts them on their natural keys.
/// </summary>
public sealed record FactBatch(string Marketplace)
{
    public IReadOnlyList<Order> Orders { get; init; } = [];

    public IReadOnlyList<OrderItem> Items { get; init; } = [];

    public IReadOnlyList<FeeLine> Fees { get; init; } = [];

    public IReadOnlyList<RefundEvent> Refunds { get; init; } = [];

    public IReadOnlyList<ServiceFee> ServiceFees { get; init; } = [];

    public IReadOnlyList<Reimbursement> Reimbursements { get; init; } = [];

    public IReadOnlyList<CustomerReturn> Returns { get; init; } = [];

    public IReadOnlyList<ReimbursementDetail> ReimbursementDetails { get; init; } = [];

    public IReadOnlyList<InventoryLevel> Inventory { get; init; } = [];

    public IReadOnlyList<CatalogEntry> Catalog { get; init; } = [];

    public IReadOnlyList<TrafficDay> Traffic { get; init; } = [];

    /// <summary>The kind (<see cref="RefusedLineKinds"/>) of each line the mapper refused to store: its currency was in neither the payload nor the marketplace table.</summary>
    public IReadOnlyList<string> RefusedLines { get; init; } = [];

    /// <summary>Settlements and their lines: not profit facts, stored beside them to reconcile deposits with the ledger.</summary>
    public IReadOnlyList<Payout> Payouts { get; init; } = [];

    public IReadOnlyList<PayoutLine> PayoutLines { get; init; } = [];

    public int Count =>
        Orders.Count + Items.Count + Fees.Count + Refunds.Count + ServiceFees.Count + Reimbursements.Count + Returns.Count
        + ReimbursementDetails.Count + Inventory.Count + Catalog.Count + Traffic.Count + Payouts.Count + PayoutLines.Count;
}
