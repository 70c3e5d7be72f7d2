using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;

namespace Sellmetrics.Security.Fernet;

// Base64Url in the BCL writes no padding and its decoder skips whitespace; Fernet text is
// padded like Python's and must use the URL-safe alphabet only.
internal static class PaddedBase64Url
{
    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        var text = Base64Url.EncodeToString(bytes);
        return (text.Length % 4) switch
        {
            2 => text + "==",
            3 => text + "=",
            _ => text,
        };
    }

    public static bool TryDecode(string? text, [NotNullWhen(true)] out byte[]? bytes)
    {
        bytes = null;
        if (text is null)
        {
            return false;
        }

        var body = text.AsSpan().TrimEnd('=');
        var padding = text.Length - body.Length;
        if (padding > 2 || (padding > 0 && text.Length % 4 != 0) || body.Length % 4 == 1)
        {
            return false;
        }

        foreach (var c in body)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_')
            {
                return false;
            }
        }

        var buffer = new byte[Base64Url.GetMaxDecodedLength(body.Length)];
        if (!Base64Url.TryDecodeFromChars(body, buffer, out var written))
        {
            return false;
        }

        bytes = written == buffer.Length ? buffer : buffer[..written];
        return true;
    }
}
