namespace Sellmetrics.Marketplaces.Tests;

/// <summary>An HTTP transport answering from a function, counting what was sent.</summary>
internal sealed class StubHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
{
    private int _sent;

    public int Sent => Volatile.Read(ref _sent);

    public List<HttpRequestMessage> Requests { get; } = [];

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _sent);
        lock (Requests)
        {
            Requests.Add(request);
        }

        return Task.FromResult(respond(request));
    }
}
