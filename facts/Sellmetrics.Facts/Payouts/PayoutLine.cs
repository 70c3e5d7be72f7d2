namespace Sellmetrics.Facts.Payouts;

/// <summary>
/// The settlement lines of one kind and one <see cref="Reference"/> (see <see cref="PayoutReferences"/>), summed:
/// the unit the ledger is matched on.
/// </summary>
public sealed record PayoutLine(
    string SettlementId,
    PayoutKind Kind,
    string Reference,
    string? OrderId,
    string? Sku,
    DateTimeOffset? PostedAt,
    decimal Amount);
