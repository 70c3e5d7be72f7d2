namespace Sellmetrics.Grains.Dashboard;

/// <summary>What an entry of the dashboard's live feed reports.</summary>
public enum ActivityKind
{
    Order,
    Fees,
    Refund,
    Reimbursement,
    UnitCost,
}
