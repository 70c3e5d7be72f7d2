namespace Sellmetrics.Sandbox.Scripting;

/// <summary>
/// Body of <c>POST /sandbox/control/sellers/scripted</c>: a small, fixed Amazon seller for a test that computes expected
/// numbers by hand. The seller has exactly these products, orders, fees, refunds, returns, reimbursements, stock and
/// traffic (no generated history, no live orders); its credentials come from <see cref="Seed"/>.
/// </summary>
public sealed record ScriptedSellerRequest(
    long Seed,
    string? StoreName,
    IReadOnlyList<ScriptedProduct>? Products,
    IReadOnlyList<ScriptedOrder>? AmazonOrders,
    IReadOnlyList<ScriptedServiceFee>? ServiceFees,
    IReadOnlyList<ScriptedReimbursement>? Reimbursements,
    IReadOnlyList<ScriptedStock>? Inventory,
    IReadOnlyList<ScriptedTraffic>? Traffic);
