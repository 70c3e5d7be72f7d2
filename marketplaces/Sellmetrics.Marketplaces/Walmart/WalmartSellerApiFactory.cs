using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sellmetrics.Marketplaces.RateLimiting;
using Sellmetrics.Marketplaces.Resilience;
using Sellmetrics.Marketplaces.Walmart.Auth;
using Sellmetrics.Marketplaces.Walmart.Http;

namespace Sellmetrics.Marketplaces.Walmart;

/// <summary>Builds a seller's Walmart pipeline: resilience → WM_* headers and token → rate-limit bucket → pooled transport.</summary>
internal sealed class WalmartSellerApiFactory(
    IHttpMessageHandlerFactory handlerFactory,
    WalmartTokenClient tokens,
    OperationBuckets buckets,
    MarketplacePipelines pipelines,
    IOptions<WalmartOptions> options,
    MarketplaceCallStatistics statistics,
    ILoggerFactory loggerFactory) : IWalmartSellerApiFactory
{
    public const string HttpClientName = "Sellmetrics.Walmart.Api";

    public IWalmartSellerApi Create(WalmartSellerCredentials credentials, string? statisticsKey = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var settings = options.Value;
        var rateLimit = new RateLimitHandler(
            credentials.Account, WalmartOperations.Configured(settings), buckets, rateHeader: null, loggerFactory.CreateLogger<WalmartSellerApi>())
        {
            InnerHandler = new CallCountingHandler(statisticsKey ?? credentials.Account, "walmart", statistics) { InnerHandler = handlerFactory.CreateHandler(HttpClientName) },
        };
        var auth = new WalmartAuthHandler(credentials, tokens, options, loggerFactory.CreateLogger<WalmartSellerApi>()) { InnerHandler = rateLimit };
        var resilience = new ResilienceHandler(pipelines.Get(credentials.Account)) { InnerHandler = auth };
        var http = new HttpClient(resilience)
        {
            BaseAddress = new Uri(settings.BaseUrl.ToString().TrimEnd('/')),
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return new WalmartSellerApi(http, settings.PageSize);
    }
}
