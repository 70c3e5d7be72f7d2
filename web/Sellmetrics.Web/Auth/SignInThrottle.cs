using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Sellmetrics.Web.Auth;

/// <summary>
/// Limits sign-in attempts per account, whichever addresses they come from (credential stuffing
/// spreads over addresses; the per-address limit is the rate-limiting middleware's). In memory,
/// per silo: the effective limit is this times the number of silos.
/// </summary>
public sealed class SignInThrottle(IOptions<AuthOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAccount = PartitionedRateLimiter.Create<string, string>(email =>
        RateLimitPartition.GetSlidingWindowLimiter(email, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInAttemptsPerAccountPer15Minutes,
            Window = TimeSpan.FromMinutes(15),
            SegmentsPerWindow = 15,
            QueueLimit = 0,
        }));

    /// <summary>Takes one attempt for the account; false with the wait when it has none left.</summary>
    public bool TryAcquire(string email, out TimeSpan retryAfter)
    {
        using var lease = _perAccount.AttemptAcquire(email.Trim().ToUpperInvariant());
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return lease.IsAcquired;
    }

    public void Dispose() => _perAccount.Dispose();
}
