using System.Collections.Concurrent;
using System.Security.Cryptography;
using Sellmetrics.Sandbox.Faults;
using Sellmetrics.Sandbox.Hosting;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Auth;

/// <summary>One-time <c>spapi_oauth_code</c>s from the consent page; each is good for 5 minutes and one exchange.
/// Not scaled by TimeScale (nor are document URLs and inventory page tokens): they bound how quickly a client acts, which the scale does not speed up.</summary>
internal sealed class AuthorizationCodes(SandboxClock clock, FaultInjector faults)
{
    private readonly ConcurrentDictionary<string, AccessGrant> _codes = new(StringComparer.Ordinal);

    public string Issue(Seller seller)
    {
        var code = "ANDa" + Convert.ToHexString(RandomNumberGenerator.GetBytes(10));
        _codes[code] = new AccessGrant(seller, clock.UtcNow + TimeSpan.FromMinutes(5));
        return code;
    }

    public Seller? Redeem(string code) =>
        _codes.TryRemove(code, out var grant) && clock.UtcNow < grant.ExpiresAt && !faults.IsRevoked(grant.Seller.SellerId)
            ? grant.Seller
            : null;
}
