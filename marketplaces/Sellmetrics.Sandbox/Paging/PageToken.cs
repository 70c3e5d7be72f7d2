using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Sellmetrics.Sandbox.Paging;

/// <summary>
/// An opaque continuation token: which query it continues (a fingerprint of the caller's filters), where the
/// next page starts, and the upper time bound fixed by the first page, so all pages see the same list.
/// </summary>
internal sealed record PageToken(long Fingerprint, int Offset, long UpperBoundSeconds)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(
            CultureInfo.InvariantCulture, $"v1|{Fingerprint:x16}|{Offset}|{UpperBoundSeconds}")));

    /// <summary>
    /// Reads the token a query carries in <paramref name="parameter"/> with the fingerprint of the rest of the query; false
    /// when it carries one that is not a token of this query (forged, or taken from a query with other filters).
    /// </summary>
    public static bool TryRead(IQueryCollection query, string parameter, out long fingerprint, out PageToken? token)
    {
        fingerprint = QueryFingerprint.Of(query, parameter);
        token = Decode(query[parameter]);
        return query[parameter].ToString().Length == 0 || token?.Fingerprint == fingerprint;
    }

    public static PageToken? Decode(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('|');
            return parts is ["v1", var fingerprint, var offset, var bound]
                && long.TryParse(fingerprint, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var print)
                && int.TryParse(offset, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                && long.TryParse(bound, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
                && seconds <= DateTimeOffset.MaxValue.ToUnixTimeSeconds()
                ? new PageToken(print, start, seconds)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public DateTimeOffset UpperBound => DateTimeOffset.FromUnixTimeSeconds(UpperBoundSeconds);
}
