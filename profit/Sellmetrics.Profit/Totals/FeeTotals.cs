using Sellmetrics.Profit.Fees;

namespace Sellmetrics.Profit.Totals;

/// <summary>The API's <c>fees</c> object: costs by category and their total, each rounded to the cent from full precision.</summary>
public sealed record FeeTotals(decimal Referral, decimal Fulfillment, decimal Storage, decimal Other, decimal Total)
{
    public static FeeTotals From(FeeBreakdown fees) => new(
        Presentation.Cents(fees.Referral),
        Presentation.Cents(fees.Fulfillment),
        Presentation.Cents(fees.Storage),
        Presentation.Cents(fees.Other),
        Presentation.Cents(fees.Total));
}
