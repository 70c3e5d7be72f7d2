namespace Sellmetrics.Security.Totp;

/// <summary>RFC 4648 base32, the encoding authenticator apps expect for TOTP secrets.</summary>
public static class Base32
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>Encodes upper-case without '=' padding, as otpauth URIs carry it.</summary>
    public static string Encode(ReadOnlySpan<byte> data)
    {
        var text = new char[(data.Length * 8 + 4) / 5];
        var buffer = 0;
        var bits = 0;
        var position = 0;
        foreach (var b in data)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                text[position++] = Alphabet[(buffer >> bits) & 31];
            }
        }

        if (bits > 0)
        {
            text[position] = Alphabet[(buffer << (5 - bits)) & 31];
        }

        return new string(text);
    }

    /// <summary>Decodes case-insensitively, with or without padding; throws <see cref="FormatException"/> on anything else.</summary>
    public static byte[] Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = text.AsSpan().TrimEnd('=');
        var padded = body.Length != text.Length;
        if ((padded && text.Length % 8 != 0) || (body.Length % 8) is 1 or 3 or 6)
        {
            throw new FormatException("Base32 text has an impossible length or misplaced padding.");
        }

        var data = new byte[body.Length * 5 / 8];
        var buffer = 0;
        var bits = 0;
        var position = 0;
        foreach (var c in body)
        {
            var value = Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException("Base32 text contains a character outside A-Z and 2-7.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                data[position++] = (byte)(buffer >> bits);
            }
        }

        return data;
    }
}
