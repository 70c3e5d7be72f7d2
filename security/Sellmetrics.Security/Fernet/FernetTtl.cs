namespace Sellmetrics.Security.Fernet;

// Same rules as pyca/cryptography's Fernet: without a TTL neither age nor clock skew is checked.
internal static class FernetTtl
{
    private const long MaxClockSkewSeconds = 60;

    public static bool Allows(ulong issued, long now, TimeSpan? ttl)
    {
        if (ttl is not { } limit)
        {
            return true;
        }

        var ttlSeconds = limit.Ticks / TimeSpan.TicksPerSecond;
        return (Int128)issued + ttlSeconds >= now && now + MaxClockSkewSeconds >= (Int128)issued;
    }
}
