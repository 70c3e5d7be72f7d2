using Sellmetrics.Grains.Outbox;

namespace Sellmetrics.Grains.Mail;

/// <summary>Wakes this silo's mail sender when a mail was queued here.</summary>
public sealed class MailOutboxSignal : OutboxSignal;
