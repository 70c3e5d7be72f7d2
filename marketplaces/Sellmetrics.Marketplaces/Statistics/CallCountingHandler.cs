namespace Sellmetrics.Marketplaces;

/// <summary>Counts each request that goes on the wire (below the retries and the rate limiter, so every attempt counts once).</summary>
internal sealed class CallCountingHandler(string account, string marketplace, MarketplaceCallStatistics statistics) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            statistics.Record(account, marketplace, (int)response.StatusCode);
            return response;
        }
        catch (HttpRequestException)
        {
            statistics.Record(account, marketplace, 0);
            throw;
        }
    }
}
