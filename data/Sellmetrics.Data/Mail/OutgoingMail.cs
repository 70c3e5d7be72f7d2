namespace Sellmetrics.Data.Mail;

/// <summary>A plain-text mail to put in the outbox. The body may hold a one-time link, so it never appears in <see cref="ToString"/>.</summary>
public sealed record OutgoingMail(string Recipient, string Subject, string Body)
{
    public override string ToString() => "OutgoingMail(redacted)";
}
