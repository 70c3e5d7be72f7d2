using Sellmetrics.Profit.Fees;
using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Web.Profit;

/// <summary>Fees by category and their total: rounded to cents in totals and rows, at full precision in a day's lines.</summary>
public sealed record FeeTotalsResponse(decimal Referral, decimal Fulfillment, decimal Storage, decimal Other, decimal Total)
{
    public static FeeTotalsResponse From(FeeTotals fees) => new(fees.Referral, fees.Fulfillment, fees.Storage, fees.Other, fees.Total);

    public static FeeTotalsResponse From(FeeBreakdown fees) => new(fees.Referral, fees.Fulfillment, fees.Storage, fees.Other, fees.Total);
}
