namespace Sellmetrics.Sandbox.Generation;

/// <summary>A money movement as Finances reports it; <see cref="Total"/> is what it adds to the settlement.</summary>
internal abstract record FinancialEvent(DateTimeOffset PostedAt, string Key)
{
    public abstract decimal Total { get; }

    public abstract AmazonMarketplace Marketplace { get; }
}
