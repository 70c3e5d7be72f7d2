using Sellmetrics.Facts.Payouts;

namespace Sellmetrics.Web.Payouts;

/// <summary>A kind's sum in the settlement and in the ledger over the same references.</summary>
public sealed record PayoutKindResponse(PayoutKind Kind, decimal Settlement, decimal Ledger, decimal Difference);
