using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Sellmetrics.Marketplaces.RateLimiting;

namespace Sellmetrics.Marketplaces.Resilience;

/// <summary>
/// Builds one seller's HTTP client, the same pipeline for every marketplace: resilience (timeouts, retries, breaker) →
/// the marketplace's authentication → rate-limit bucket → call counting → the pooled transport of
/// <see cref="IHttpMessageHandlerFactory"/>. Each retry therefore waits for a token again.
/// </summary>
internal sealed class SellerHttpClients(
    IHttpMessageHandlerFactory handlerFactory,
    OperationBuckets buckets,
    MarketplacePipelines pipelines,
    MarketplaceCallStatistics statistics)
{
    /// <summary>
    /// A client for one seller account over the named <paramref name="transport"/>, its calls counted under
    /// <paramref name="marketplace"/>; <paramref name="authentication"/> signs each attempt (its inner handler is set here)
    /// and <paramref name="rateHeader"/> is null where the marketplace announces no rate.
    /// </summary>
    public HttpClient Create(
        string transport,
        string marketplace,
        string account,
        string? statisticsKey,
        IReadOnlyList<MarketplaceOperation> operations,
        string? rateHeader,
        DelegatingHandler authentication,
        Uri baseAddress,
        ILogger logger)
    {
        authentication.InnerHandler = new RateLimitHandler(account, operations, buckets, rateHeader, logger)
        {
            InnerHandler = new CallCountingHandler(statisticsKey ?? account, marketplace, statistics) { InnerHandler = handlerFactory.CreateHandler(transport) },
        };
        return new HttpClient(new ResilienceHandler(pipelines.Get(account)) { InnerHandler = authentication })
        {
            BaseAddress = new Uri(baseAddress.ToString().TrimEnd('/')),
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }
}
