using System.Threading.RateLimiting;

namespace Sellmetrics.Marketplaces.RateLimiting;

public sealed partial class MarketplaceTokenBucket
{
    /// <summary>A granted request, in flight until disposed.</summary>
    private sealed class Lease(MarketplaceTokenBucket? owner, int permitCount) : RateLimitLease
    {
        public static readonly Lease Rejected = new(null, 0);

        private int _released;

        public override bool IsAcquired => owner is not null;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (owner is not null && Interlocked.Exchange(ref _released, 1) == 0)
            {
                owner.Release(permitCount);
            }

            base.Dispose(disposing);
        }
    }
}
