namespace Sellmetrics.Sandbox.Generation;

/// <summary>A money movement as Finances reports it; <see cref="Total"/> is what it adds to the settlement.</summary>
internal abstract record FinancialEvent(DateTimeOffset PostedAt, string Key)
{
    public abstract decimal Total { get; }

    /// <summary>The marketplace the money belongs to; for an account-level fee, the one it is charged and settled through.</summary>
    public abstract AmazonMarketplace Marketplace { get; }

    /// <summary>An account-level fee of a seller selling in several marketplaces: it belongs to no marketplace.</summary>
    public virtual bool IsAccountLevel => false;
}
