using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sellmetrics.Marketplaces.Resilience;
using Sellmetrics.Marketplaces.Walmart.Auth;
using Sellmetrics.Marketplaces.Walmart.Http;

namespace Sellmetrics.Marketplaces.Walmart;

/// <summary>Builds a seller's Walmart client on the <see cref="SellerHttpClients"/> pipeline, with the WM_* headers and token.</summary>
internal sealed class WalmartSellerApiFactory(
    SellerHttpClients clients,
    WalmartTokenClient tokens,
    IOptions<WalmartOptions> options,
    ILoggerFactory loggerFactory) : IWalmartSellerApiFactory
{
    public const string HttpClientName = "Sellmetrics.Walmart.Api";

    public IWalmartSellerApi Create(WalmartSellerCredentials credentials, string? statisticsKey = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var settings = options.Value;
        var logger = loggerFactory.CreateLogger<WalmartSellerApi>();
        var http = clients.Create(
            HttpClientName, "walmart", credentials.Account, statisticsKey, WalmartOperations.Configured(settings), rateHeader: null,
            new WalmartAuthHandler(credentials, tokens, options, logger), settings.BaseUrl, logger);
        return new WalmartSellerApi(http, settings.PageSize);
    }
}
