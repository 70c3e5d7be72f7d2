using Sellmetrics.Grains.Outbox;

namespace Sellmetrics.Grains.Webhooks;

/// <summary>Wakes this silo's webhook sender when a webhook was queued here.</summary>
public sealed class WebhookOutboxSignal : OutboxSignal;
