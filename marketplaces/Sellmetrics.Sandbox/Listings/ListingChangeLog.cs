namespace Sellmetrics.Sandbox.Listings;

/// <summary>The listing changes made to one seller through the control API, in the order they take effect.</summary>
internal sealed class ListingChangeLog
{
    private readonly List<ListingChange> _changes = [];
    private readonly Lock _lock = new();

    public void Add(ListingChange change)
    {
        lock (_lock)
        {
            _changes.Add(change);
        }
    }

    /// <summary>The changes to a SKU in effect at <paramref name="asOf"/>, oldest first.</summary>
    public IReadOnlyList<ListingChange> For(string sku, DateTimeOffset asOf)
    {
        lock (_lock)
        {
            return [.. _changes.Where(c => c.Sku == sku && c.At <= asOf).OrderBy(c => c.At)];
        }
    }

    /// <summary>Every change effective in [from, to), oldest first.</summary>
    public IReadOnlyList<ListingChange> Between(DateTimeOffset from, DateTimeOffset to)
    {
        lock (_lock)
        {
            return [.. _changes.Where(c => c.At >= from && c.At < to).OrderBy(c => c.At)];
        }
    }
}
