namespace Sellmetrics.Marketplaces;

/// <summary>HTTP requests sent for one account (retries included), those answered 429, and those answered 5xx.</summary>
public readonly record struct CallCounts(long Calls, long Throttled, long ServerErrors)
{
    public static CallCounts operator -(CallCounts after, CallCounts before) =>
        new(after.Calls - before.Calls, after.Throttled - before.Throttled, after.ServerErrors - before.ServerErrors);
}
