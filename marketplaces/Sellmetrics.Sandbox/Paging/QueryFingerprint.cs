using Microsoft.AspNetCore.Http;
using Sellmetrics.Sandbox.Generation;

namespace Sellmetrics.Sandbox.Paging;

/// <summary>A stable fingerprint of a request's query, ignoring the paging parameters themselves.</summary>
internal static class QueryFingerprint
{
    public static long Of(IQueryCollection query, params string[] ignored)
    {
        var text = string.Join('&', query
            .Where(p => !ignored.Contains(p.Key, StringComparer.OrdinalIgnoreCase))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key + "=" + p.Value));
        return StableHash.Of(text);
    }
}
