namespace Sellmetrics.Sandbox.Paging;

/// <summary>One page cut from a list, and the token for the next one (null on the last page).</summary>
internal sealed record Page<T>(IReadOnlyList<T> Items, string? NextToken)
{
    public static Page<T> Cut(IReadOnlyList<T> all, int offset, int size, Func<int, string> tokenFor)
    {
        var items = all.Skip(offset).Take(size).ToList();
        var next = offset + size < all.Count ? tokenFor(offset + size) : null;
        return new Page<T>(items, next);
    }
}
