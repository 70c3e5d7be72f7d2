namespace Sellmetrics.Grains.Connections;

/// <summary>A half-open interval [<see cref="From"/>, <see cref="To"/>) of marketplace time that one pull step reads.</summary>
internal sealed record SyncWindow(DateTimeOffset From, DateTimeOffset To)
{
    public TimeSpan Length => To - From;
}
