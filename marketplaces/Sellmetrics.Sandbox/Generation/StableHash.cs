using System.Text;

namespace Sellmetrics.Sandbox.Generation;

/// <summary>Hashes that never change across runtimes or processes (unlike <see cref="string.GetHashCode()"/>).</summary>
internal static class StableHash
{
    public static ulong Mix(ulong value)
    {
        value += 0x9E3779B97F4A7C15UL;
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }

    public static ulong Combine(ulong seed, params ReadOnlySpan<long> parts)
    {
        var hash = Mix(seed);
        foreach (var part in parts)
        {
            hash = Mix(hash ^ (ulong)part);
        }

        return hash;
    }

    public static long Of(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }

        return (long)hash;
    }
}
