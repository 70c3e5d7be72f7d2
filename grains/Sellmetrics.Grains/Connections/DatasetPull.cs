using Sellmetrics.Facts;

namespace Sellmetrics.Grains.Connections;

/// <summary>
/// One dataset of a marketplace (orders, finances, inventory…): how often it is pulled, how its history is walked,
/// and how one window of it is read into facts. Implementations hold no state; progress lives in the tenant schema.
/// </summary>
internal abstract class DatasetPull
{
    public abstract string Name { get; }

    /// <summary>Whether one read covers every marketplace of the account (Amazon's financial events), rather than one marketplace.</summary>
    public virtual bool AccountWide => false;

    /// <summary>A dataset whose whole history (in every tracked marketplace) must be in before this one is read, or null.</summary>
    public virtual string? After => null;

    /// <summary>Whether the dataset has a history to import, or is a snapshot of now (inventory, catalog).</summary>
    public virtual bool HasHistory => true;

    /// <summary>
    /// Whether the dataset reads the products other datasets name (the Amazon catalog: SKUs from orders and unit costs), so
    /// a read that stored nothing is read again once another dataset has stored something.
    /// </summary>
    public virtual bool ReadsNamedProducts => false;

    /// <summary>How much history one backfill step reads.</summary>
    public virtual TimeSpan Step => TimeSpan.FromDays(90);

    public abstract TimeSpan Period(SyncOptions options);

    public virtual TimeSpan History(SyncOptions options) => TimeSpan.FromDays(options.HistoryDays);

    /// <summary>How far back the first step of a new connection reads (the most recent month, unless reading is slow).</summary>
    public virtual TimeSpan FirstStep(SyncOptions options) => TimeSpan.FromDays(options.RecentDays);

    /// <summary>How far before the last covered instant a catch-up starts again, for late or updated records.</summary>
    public virtual TimeSpan Overlap(SyncOptions options) => TimeSpan.FromMinutes(10);

    /// <summary>Rounds a window start down to where this dataset's windows begin (finances: midnight UTC).</summary>
    public virtual DateTimeOffset Align(DateTimeOffset instant) => instant;

    /// <summary>
    /// Reads one window into facts, one batch per marketplace (a per-marketplace dataset reads <see cref="PullContext.MarketplaceId"/>);
    /// <paramref name="kind"/> lets a dataset read recent data another way than history.
    /// </summary>
    public abstract Task<IReadOnlyList<FactBatch>> ReadAsync(PullContext context, SyncWindow window, SyncStepKind kind, CancellationToken cancellationToken);
}
