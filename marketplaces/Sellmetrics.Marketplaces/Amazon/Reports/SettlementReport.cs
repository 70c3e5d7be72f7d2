namespace Sellmetrics.Marketplaces.Amazon.Reports;

/// <summary>A parsed V2 settlement flat file.</summary>
public sealed record SettlementReport(SettlementSummary? Summary, IReadOnlyList<SettlementLine> Lines)
{
    /// <summary>The marketplaces Amazon's report listing names for it (none for an account-wide report).</summary>
    public IReadOnlyList<string> MarketplaceIds { get; init; } = [];
}
