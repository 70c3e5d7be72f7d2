using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Sellmetrics.Web.Account;

/// <summary>
/// Limits the requests that send a verification link (email change, resend) per account, so neither mail nor the
/// email-change endpoint can be driven in bulk. In memory, per silo.
/// </summary>
public sealed class EmailLinkThrottle(IOptions<EmailLinkOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAccount = PartitionedRateLimiter.Create<string, string>(user =>
        RateLimitPartition.GetSlidingWindowLimiter(user, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = options.Value.PerAccountPerHour,
            Window = TimeSpan.FromHours(1),
            SegmentsPerWindow = 12,
            QueueLimit = 0,
        }));

    /// <summary>Takes one request for the account; false with the wait when it has none left.</summary>
    public bool TryAcquire(string userKey, out TimeSpan retryAfter)
    {
        using var lease = _perAccount.AttemptAcquire(userKey);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(5);
        return lease.IsAcquired;
    }

    public void Dispose() => _perAccount.Dispose();
}
