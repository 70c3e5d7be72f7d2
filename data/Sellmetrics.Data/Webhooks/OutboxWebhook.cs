using Sellmetrics.Data.Outbox;

namespace Sellmetrics.Data.Webhooks;

/// <summary>A webhook claimed from the outbox for one delivery attempt; <see cref="Attempt"/> counts from 1.</summary>
public sealed record OutboxWebhook(long Id, OutgoingWebhook Webhook, int Attempt) : IOutboxRow
{
    public override string ToString() => $"OutboxWebhook({Id}, attempt {Attempt})";
}
