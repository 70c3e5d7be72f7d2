using Sellmetrics.Facts.Costs;

namespace Sellmetrics.Facts;

/// <summary>The tenant-level facts a TenantGrain holds: service fees and reimbursements without a SKU, and recurring costs.</summary>
public sealed record TenantFacts
{
    public IReadOnlyList<ServiceFee> ServiceFees { get; init; } = [];

    public IReadOnlyList<Reimbursement> Reimbursements { get; init; } = [];

    public IReadOnlyList<RecurringCost> RecurringCosts { get; init; } = [];
}
