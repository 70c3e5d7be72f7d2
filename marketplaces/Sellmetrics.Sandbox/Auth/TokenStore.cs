using System.Collections.Concurrent;
using System.Security.Cryptography;
using Sellmetrics.Sandbox.Faults;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Auth;

/// <summary>Access tokens issued by one of the sandbox's token endpoints (LWA or Walmart).</summary>
internal sealed class TokenStore(SandboxClock clock, FaultInjector faults, string prefix, TimeSpan lifetime)
{
    private readonly ConcurrentDictionary<string, AccessGrant> _grants = new(StringComparer.Ordinal);

    /// <summary>The lifetime the token endpoint announces (<c>expires_in</c>), in marketplace seconds.</summary>
    public int LifetimeSeconds => (int)lifetime.TotalSeconds;

    public string Issue(Seller seller)
    {
        var token = prefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(96)).Replace('+', '-').Replace('/', '_');
        _grants[token] = new AccessGrant(seller, clock.UtcNow + clock.Scaled(lifetime));
        return token;
    }

    public AccessTokenCheck Check(string? token, out Seller? seller)
    {
        seller = null;
        if (string.IsNullOrEmpty(token))
        {
            return AccessTokenCheck.Missing;
        }

        if (!_grants.TryGetValue(token, out var grant))
        {
            return AccessTokenCheck.Unknown;
        }

        if (faults.IsRevoked(grant.Seller.SellerId))
        {
            return AccessTokenCheck.Revoked;
        }

        if (clock.UtcNow >= grant.ExpiresAt)
        {
            return AccessTokenCheck.Expired;
        }

        seller = grant.Seller;
        return AccessTokenCheck.Valid;
    }
}
