using System.Collections.Concurrent;

namespace Sellmetrics.ClientThroughputBenchmark;

/// <summary>Counts the client's "throttled" log lines (event 7102) by the operation they name.</summary>
internal sealed class ThrottleCounter : ILoggerProvider
{
    private const int ThrottledEvent = 7102;
    private readonly ConcurrentQueue<string> _throttled = new();

    public IReadOnlyList<string> Lines => [.. _throttled];

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(ThrottleCounter owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id == ThrottledEvent)
            {
                owner._throttled.Enqueue(formatter(state, exception));
            }
        }
    }
}
