using System.Security.Cryptography;
using System.Text;

namespace Sellmetrics.Security.Totp;

/// <summary>One-time recovery codes for a user who lost their authenticator; only SHA-256 hashes are kept.</summary>
public sealed class RecoveryCodeSet
{
    public const int DefaultCount = 10;

    // 32 symbols without 0/O and 1/I; 16 of them carry 80 random bits, far beyond guessing under
    // a login rate limit, so a plain SHA-256 is enough and the slow password hash is not needed.
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int CodeLength = 16;
    private const int GroupLength = 4;

    private readonly List<string> _hashes;

    private RecoveryCodeSet(IEnumerable<string> hashes) => _hashes = [.. hashes];

    /// <summary>The remaining codes' hashes (lower-case hex), to persist after creation and after each redemption.</summary>
    public IReadOnlyList<string> StoredHashes => _hashes.AsReadOnly();

    /// <summary>Creates <paramref name="count"/> new codes; <paramref name="codes"/> is shown to the user once and never stored.</summary>
    public static RecoveryCodeSet Generate(int count, out IReadOnlyList<string> codes)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var generated = new string[count];
        for (var i = 0; i < count; i++)
        {
            var raw = RandomNumberGenerator.GetString(Alphabet, CodeLength);
            generated[i] = string.Join('-', raw.Chunk(GroupLength).Select(group => new string(group)));
        }

        codes = generated;
        return new RecoveryCodeSet(generated.Select(Hash));
    }

    /// <summary>Restores a set from <see cref="StoredHashes"/>.</summary>
    public static RecoveryCodeSet FromStoredHashes(IEnumerable<string> hashes) => new(hashes);

    /// <summary>Consumes a code: true once per code, ignoring case, spaces and dashes.</summary>
    public bool TryRedeem(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        var candidate = Encoding.ASCII.GetBytes(Hash(code));
        var match = -1;
        for (var i = 0; i < _hashes.Count; i++)
        {
            if (CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(_hashes[i]), candidate))
            {
                match = i;
            }
        }

        if (match >= 0)
        {
            _hashes.RemoveAt(match);
        }

        return match >= 0;
    }

    private static string Hash(string code)
    {
        var normalized = new string([.. code.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant)]);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)));
    }
}
