namespace Sellmetrics.Sandbox.Generation;

/// <summary>
/// xoshiro256** seeded through SplitMix64: the same seed gives the same sequence on every runtime,
/// which <see cref="Random"/> does not promise.
/// </summary>
internal sealed class SeededRandom
{
    private const string Alphanumerics = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    public SeededRandom(ulong seed)
    {
        _s0 = StableHash.Mix(seed);
        _s1 = StableHash.Mix(_s0);
        _s2 = StableHash.Mix(_s1);
        _s3 = StableHash.Mix(_s2);
    }

    public static SeededRandom For(long seed, params ReadOnlySpan<long> parts) =>
        new(StableHash.Combine((ulong)seed, parts));

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    public int Next(int maxExclusive) => maxExclusive <= 1 ? 0 : (int)(NextUInt64() % (ulong)maxExclusive);

    public int Next(int min, int maxExclusive) => min + Next(maxExclusive - min);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>A money amount in whole cents between the bounds.</summary>
    public decimal NextMoney(decimal min, decimal max) =>
        (decimal)Next((int)(min * 100), (int)(max * 100) + 1) / 100m;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    public int PickWeighted(IReadOnlyList<int> weights)
    {
        var total = 0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var roll = Next(total);
        for (var i = 0; i < weights.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    public string Digits(int count) => Chars("0123456789", count);

    public string Alphanumeric(int count) => Chars(Alphanumerics, count);

    public string Hex(int count) => Chars("0123456789abcdef", count);

    private string Chars(string alphabet, int count) =>
        string.Create(count, this, (span, random) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[random.Next(alphabet.Length)];
            }
        });
}
