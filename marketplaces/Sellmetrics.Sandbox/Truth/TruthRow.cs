namespace Sellmetrics.Sandbox.Truth;

/// <summary>
/// What the sandbox itself sold, charged and refunded on one day (in the asked time zone) for one SKU of one marketplace
/// (<see cref="Sku"/> null: amounts of no SKU), all in <see cref="Currency"/>; <see cref="Marketplace"/> null (and
/// <see cref="AccountLevel"/>): the account-level fees (subscription, storage) of a seller selling in several marketplaces,
/// charged once for the account, in their own currency; <see cref="OrderIds"/> are the orders sold, so a day's order count is their distinct number. <see cref="Fees"/> holds only fees already posted (Amazon shipment
/// events, Walmart settled reconciliation cycles); <see cref="UnitsByFulfillment"/> splits the units by who shipped them.
/// </summary>
public sealed record TruthRow(
    string? Marketplace,
    DateOnly Day,
    string? Sku,
    string Currency,
    int Units,
    IReadOnlyList<string> OrderIds,
    decimal Revenue,
    TruthFees Fees,
    decimal Refunds,
    decimal Reimbursements,
    IReadOnlyDictionary<string, int> UnitsByFulfillment)
{
    public bool AccountLevel => Marketplace is null;
}
