using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sellmetrics.Marketplaces.Amazon.Auth;
using Sellmetrics.Marketplaces.Amazon.Http;
using Sellmetrics.Marketplaces.Amazon.Reports;
using Sellmetrics.Marketplaces.RateLimiting;
using Sellmetrics.Marketplaces.Resilience;

namespace Sellmetrics.Marketplaces.Amazon;

/// <summary>Builds a seller's SP-API client on the <see cref="SellerHttpClients"/> pipeline, signed with an LWA access token.</summary>
internal sealed class AmazonSellerApiFactory(
    SellerHttpClients clients,
    LwaAccessTokens tokens,
    ReportDocumentDownloader downloader,
    IOptions<AmazonOptions> options,
    IOptions<MarketplaceClockOptions> clock,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory) : IAmazonSellerApiFactory
{
    public const string HttpClientName = "Sellmetrics.Amazon.SpApi";

    public IAmazonSellerApi Create(AmazonSellerCredentials credentials, string? statisticsKey = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var settings = options.Value;
        var logger = loggerFactory.CreateLogger<AmazonSellerApi>();
        var http = clients.Create(
            HttpClientName, "amazon", credentials.Account, statisticsKey, AmazonOperations.All, AmazonOperations.RateLimitHeader,
            new AmazonAccessTokenHandler(credentials, tokens, settings.UserAgent, logger), settings.EndpointFor(credentials.Region), logger);
        return new AmazonSellerApi(credentials, http, downloader, settings, clock.Value, timeProvider);
    }
}
