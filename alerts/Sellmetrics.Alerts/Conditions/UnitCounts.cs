namespace Sellmetrics.Alerts.Conditions;

/// <summary>Units ordered and refunded over a period; <see cref="Rate"/> is the refunded share, null without orders.</summary>
public sealed record UnitCounts(int Ordered, int Refunded)
{
    public decimal? Rate => Ordered == 0 ? null : (decimal)Refunded / Ordered;
}
