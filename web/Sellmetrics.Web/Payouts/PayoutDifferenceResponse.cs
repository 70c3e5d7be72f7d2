using Sellmetrics.Facts.Payouts;
using Sellmetrics.Profit.Payouts;

namespace Sellmetrics.Web.Payouts;

/// <summary>One named part of a payout's difference: a settlement reference, why it differs, and by how much.</summary>
public sealed record PayoutDifferenceResponse(
    PayoutKind Kind, string Reference, PayoutDifferenceReason Reason, decimal Settlement, decimal Ledger, decimal Difference);
