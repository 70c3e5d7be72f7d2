using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Sellmetrics.Marketplaces.RateLimiting;

namespace Sellmetrics.Marketplaces.Resilience;

/// <summary>
/// One resilience pipeline per marketplace account: total timeout, jittered exponential retry of 429/5xx/timeouts,
/// a circuit breaker on server faults only (429 is the rate limiter's business), and a per-attempt timeout.
/// Backoff runs on the marketplace's clock (<see cref="MarketplaceClockOptions.TimeScale"/>).
/// </summary>
public sealed partial class MarketplacePipelines(
    IOptions<MarketplaceResilienceOptions> options,
    IOptions<MarketplaceClockOptions> clock,
    ILogger<MarketplacePipelines> logger)
{
    private readonly ConcurrentDictionary<string, ResiliencePipeline<HttpResponseMessage>> _pipelines = new(StringComparer.Ordinal);

    public ResiliencePipeline<HttpResponseMessage> Get(string account) =>
        _pipelines.GetOrAdd(account, static (key, self) => self.Build(key), this);

    private ResiliencePipeline<HttpResponseMessage> Build(string account) =>
        Configure(new ResiliencePipelineBuilder<HttpResponseMessage>(), account, options.Value, clock.Value, logger).Build();

    /// <summary>Adds the strategies to a builder (also used for the token endpoints' named HTTP clients).</summary>
    internal static ResiliencePipelineBuilder<HttpResponseMessage> Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        string account,
        MarketplaceResilienceOptions settings,
        MarketplaceClockOptions scale,
        ILogger logger) =>
        builder
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = settings.TotalTimeout })
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = settings.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = scale.ToLocal(settings.RetryBaseDelay),
                MaxDelay = scale.ToLocal(settings.RetryMaxDelay),
                OnRetry = args =>
                {
                    LogRetry(logger, account, args.AttemptNumber + 1, (int?)args.Outcome.Result?.StatusCode ?? 0, args.Outcome.Exception?.GetType().Name ?? "none", args.RetryDelay);
                    return default;
                },
            })
            .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                FailureRatio = settings.BreakerFailureRatio,
                MinimumThroughput = settings.BreakerMinimumThroughput,
                SamplingDuration = settings.BreakerSamplingDuration,
                BreakDuration = settings.BreakerBreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsServerFault(args.Outcome)),
                OnOpened = args =>
                {
                    LogBreakerOpened(logger, account, args.BreakDuration);
                    return default;
                },
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = settings.AttemptTimeout });

    private static bool IsServerFault(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result?.StatusCode != HttpStatusCode.TooManyRequests && HttpClientResiliencePredicates.IsTransient(outcome);

    [LoggerMessage(EventId = 7201, Level = LogLevel.Warning, Message = "Retrying marketplace call for {Account} (attempt {Attempt}, status {StatusCode}, exception {ExceptionType}) in {Delay}")]
    private static partial void LogRetry(ILogger logger, string account, int attempt, int statusCode, string exceptionType, TimeSpan delay);

    [LoggerMessage(EventId = 7202, Level = LogLevel.Error, Message = "Circuit opened for marketplace account {Account} for {BreakDuration}")]
    private static partial void LogBreakerOpened(ILogger logger, string account, TimeSpan breakDuration);
}
