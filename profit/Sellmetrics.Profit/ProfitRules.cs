using Sellmetrics.Profit.Days;
using Sellmetrics.Profit.Fees;

namespace Sellmetrics.Profit;

/// <summary>The tenant's settings the profit engine needs: its reporting time zone and how fees are estimated.</summary>
public sealed record ProfitRules(ReportingTimeZone TimeZone, FeeEstimateRules Estimates)
{
    public static ProfitRules Default { get; } = new(ReportingTimeZone.Utc, FeeEstimateRules.Default);

    public static ProfitRules InZone(string? ianaId) => Default with { TimeZone = ReportingTimeZone.FromIana(ianaId) };
}
