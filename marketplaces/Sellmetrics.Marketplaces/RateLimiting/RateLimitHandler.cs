using System.Globalization;
using Microsoft.Extensions.Logging;

namespace Sellmetrics.Marketplaces.RateLimiting;

/// <summary>
/// Takes a token from the operation's bucket before each attempt (so no request goes out beyond the bucket)
/// and adopts the rate the marketplace announces in a response header, when it has one.
/// </summary>
internal sealed partial class RateLimitHandler(
    string account,
    IReadOnlyList<MarketplaceOperation> operations,
    OperationBuckets buckets,
    string? rateHeader,
    ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var operation = operations.FirstOrDefault(o => o.Matches(request));
        if (operation is null)
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        var bucket = buckets.Get(account, operation);
        HttpResponseMessage response;
        using (await bucket.AcquireAsync(cancellationToken).ConfigureAwait(false))
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        if (rateHeader is not null && TryReadRate(response, rateHeader, out var rate) && bucket.UpdateRate(rate))
        {
            LogRateChanged(logger, operation.Name, rate);
        }

        if ((int)response.StatusCode == 429)
        {
            LogThrottled(logger, operation.Name);
        }

        return response;
    }

    internal static bool TryReadRate(HttpResponseMessage response, string header, out decimal rate)
    {
        rate = 0;
        return response.Headers.TryGetValues(header, out var values)
            && decimal.TryParse(values.FirstOrDefault(), NumberStyles.Number, CultureInfo.InvariantCulture, out rate)
            && rate > 0;
    }

    [LoggerMessage(EventId = 7101, Level = LogLevel.Information, Message = "Marketplace rate for {Operation} is now {RequestsPerSecond} requests/s")]
    private static partial void LogRateChanged(ILogger logger, string operation, decimal requestsPerSecond);

    [LoggerMessage(EventId = 7102, Level = LogLevel.Warning, Message = "Marketplace throttled {Operation} (429); backing off")]
    private static partial void LogThrottled(ILogger logger, string operation);
}
