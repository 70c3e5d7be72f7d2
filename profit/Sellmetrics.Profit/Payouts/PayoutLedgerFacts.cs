using Sellmetrics.Profit.Facts;

namespace Sellmetrics.Profit.Payouts;

/// <summary>The profit facts of one marketplace that a set of payouts' references can name (more is harmless, it is matched by reference).</summary>
public sealed record PayoutLedgerFacts
{
    public IReadOnlyList<Order> Orders { get; init; } = [];

    public IReadOnlyList<OrderItem> Items { get; init; } = [];

    public IReadOnlyList<FeeLine> Fees { get; init; } = [];

    public IReadOnlyList<RefundEvent> Refunds { get; init; } = [];

    public IReadOnlyList<Reimbursement> Reimbursements { get; init; } = [];

    public IReadOnlyList<ServiceFee> ServiceFees { get; init; } = [];
}
