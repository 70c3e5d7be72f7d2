using Microsoft.AspNetCore.WebUtilities;

namespace Sellmetrics.Marketplaces.Walmart;

/// <summary>Turns a <c>nextCursor</c> (a ready-made query string such as <c>?limit=10&amp;soIndex=31…</c>) into query parameters.</summary>
internal static class WalmartCursor
{
    public static Dictionary<string, string> Parse(string nextCursor) =>
        QueryHelpers.ParseQuery(nextCursor.StartsWith('?') ? nextCursor : "?" + nextCursor)
            .ToDictionary(p => p.Key, p => p.Value.ToString(), StringComparer.Ordinal);
}
