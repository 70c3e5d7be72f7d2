namespace Sellmetrics.Data.Outbox;

/// <summary>A row claimed from an outbox for one delivery attempt; <see cref="Attempt"/> counts from 1.</summary>
public interface IOutboxRow
{
    long Id { get; }

    int Attempt { get; }
}
