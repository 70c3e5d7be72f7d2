using Sellmetrics.Data.Outbox;

namespace Sellmetrics.Data.Mail;

/// <summary>A mail claimed from the outbox for one delivery attempt; <see cref="Attempt"/> counts from 1.</summary>
public sealed record OutboxMail(long Id, OutgoingMail Mail, int Attempt) : IOutboxRow
{
    public override string ToString() => $"OutboxMail({Id}, attempt {Attempt})";
}
