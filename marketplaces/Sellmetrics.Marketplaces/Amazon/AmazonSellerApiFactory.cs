using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sellmetrics.Marketplaces.Amazon.Auth;
using Sellmetrics.Marketplaces.Amazon.Http;
using Sellmetrics.Marketplaces.Amazon.Reports;
using Sellmetrics.Marketplaces.RateLimiting;
using Sellmetrics.Marketplaces.Resilience;

namespace Sellmetrics.Marketplaces.Amazon;

/// <summary>
/// Builds a seller's SP-API pipeline: resilience (timeouts, retries, breaker) → access token → rate-limit bucket →
/// the pooled transport of <see cref="IHttpMessageHandlerFactory"/>. Each retry therefore waits for a token again.
/// </summary>
internal sealed class AmazonSellerApiFactory(
    IHttpMessageHandlerFactory handlerFactory,
    LwaAccessTokens tokens,
    OperationBuckets buckets,
    MarketplacePipelines pipelines,
    ReportDocumentDownloader downloader,
    IOptions<AmazonOptions> options,
    IOptions<MarketplaceClockOptions> clock,
    TimeProvider timeProvider,
    MarketplaceCallStatistics statistics,
    ILoggerFactory loggerFactory) : IAmazonSellerApiFactory
{
    public const string HttpClientName = "Sellmetrics.Amazon.SpApi";

    public IAmazonSellerApi Create(AmazonSellerCredentials credentials, string? statisticsKey = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var settings = options.Value;
        var logger = loggerFactory.CreateLogger<AmazonSellerApi>();
        var rateLimit = new RateLimitHandler(credentials.Account, AmazonOperations.All, buckets, AmazonOperations.RateLimitHeader, logger)
        {
            InnerHandler = new CallCountingHandler(statisticsKey ?? credentials.Account, "amazon", statistics) { InnerHandler = handlerFactory.CreateHandler(HttpClientName) },
        };
        var accessToken = new AmazonAccessTokenHandler(credentials, tokens, settings.UserAgent, logger) { InnerHandler = rateLimit };
        var resilience = new ResilienceHandler(pipelines.Get(credentials.Account)) { InnerHandler = accessToken };
        var http = new HttpClient(resilience)
        {
            BaseAddress = new Uri(settings.EndpointFor(credentials.Region).ToString().TrimEnd('/')),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return new AmazonSellerApi(credentials, http, downloader, settings, clock.Value, timeProvider);
    }
}
