namespace Sellmetrics.Sandbox.Generation;

/// <summary>Everything that starts on one day of an Amazon seller's history: that day's orders and lost-inventory reimbursements.</summary>
internal sealed record AmazonDay(DateOnly Day, IReadOnlyList<AmazonOrder> Orders, IReadOnlyList<Reimbursement> LostInventory);
