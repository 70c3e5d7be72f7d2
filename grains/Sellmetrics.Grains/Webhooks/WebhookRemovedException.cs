namespace Sellmetrics.Grains.Webhooks;

/// <summary>The seller removed the webhook after the alert was queued: the attempt fails and, in time, is given up.</summary>
public sealed class WebhookRemovedException() : InvalidOperationException("The tenant has no webhook any more.");
