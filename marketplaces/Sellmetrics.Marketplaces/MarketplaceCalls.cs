using System.Net;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Refit;
using Sellmetrics.Marketplaces.Auth;

namespace Sellmetrics.Marketplaces;

/// <summary>Runs one marketplace call and turns transport and Refit failures into <see cref="MarketplaceApiException"/>.</summary>
internal static class MarketplaceCalls
{
    // A 200 whose body cannot be read (cut off on the way) is worth asking again, like a 5xx.
    private const int MalformedBodyAttempts = 3;

    public static async Task<T> RunAsync<T>(string marketplace, string operation, Func<Task<T>> call)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(marketplace, operation, call).ConfigureAwait(false);
            }
            catch (MarketplaceApiException e) when (e.IsMalformedBody && attempt < MalformedBodyAttempts)
            {
            }
        }
    }

    private static async Task<T> RunOnceAsync<T>(string marketplace, string operation, Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (ApiException e) when ((int)e.StatusCode is >= 200 and < 300 || e.InnerException is System.Text.Json.JsonException)
        {
            throw new MarketplaceApiException(marketplace, operation, e.StatusCode, MarketplaceApiException.MalformedBody, e);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new MarketplaceApiException(marketplace, operation, System.Net.HttpStatusCode.OK, MarketplaceApiException.MalformedBody, e);
        }
        catch (ApiException e)
        {
            throw new MarketplaceApiException(marketplace, operation, e.StatusCode, MarketplaceErrors.FirstCode(e.Content), e);
        }
        catch (Exception e) when (e.InnerException is MarketplaceAuthorizationRevokedException revoked)
        {
            throw revoked;
        }
        catch (HttpRequestException e)
        {
            throw new MarketplaceApiException(marketplace, operation, e.StatusCode, null, e);
        }
        catch (Exception e) when (e is BrokenCircuitException or TimeoutRejectedException)
        {
            throw new MarketplaceApiException(marketplace, operation, null, null, e);
        }
    }

    /// <summary>Like <see cref="RunAsync{T}"/>, but a 404 (unknown ASIN, SKU…) is null rather than an error.</summary>
    public static async Task<T?> RunOrNullAsync<T>(string marketplace, string operation, Func<Task<T>> call)
        where T : class
    {
        try
        {
            return await RunAsync(marketplace, operation, call).ConfigureAwait(false);
        }
        catch (MarketplaceApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
