using Npgsql;
using Sellmetrics.Data.Outbox;

namespace Sellmetrics.Data.Mail;

/// <summary>
/// The one table every mail goes through (<c>sellmetrics.mail_outbox</c>): written with the change that sends it, then
/// claimed, sent and retried as every outbox is (<see cref="OutboxTable"/>).
/// </summary>
public sealed class MailOutbox(NpgsqlDataSource dataSource)
{
    private readonly OutboxTable _table = new(dataSource, "sellmetrics.mail_outbox", "recipient, subject, body");

    /// <summary>Puts a mail in the outbox inside the caller's transaction, so it is sent exactly when the change commits.</summary>
    public static async Task EnqueueAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, OutgoingMail mail, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO sellmetrics.mail_outbox (recipient, subject, body) VALUES (@recipient, @subject, @body)", connection, transaction);
        command.Parameters.AddWithValue("recipient", mail.Recipient);
        command.Parameters.AddWithValue("subject", mail.Subject);
        command.Parameters.AddWithValue("body", mail.Body);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Takes up to <paramref name="count"/> due mails for one attempt each; no other sender sees them before <paramref name="lease"/> ends.</summary>
    public Task<IReadOnlyList<OutboxMail>> ClaimAsync(int count, TimeSpan lease, CancellationToken cancellationToken = default) =>
        _table.ClaimAsync(
            count,
            lease,
            reader => new OutboxMail(reader.GetInt64(0), new OutgoingMail(reader.GetString(2), reader.GetString(3), reader.GetString(4)), reader.GetInt32(1)),
            cancellationToken);

    /// <summary>Marks a mail delivered and drops its body (a link in it must not outlive its use).</summary>
    public Task MarkSentAsync(long id, CancellationToken cancellationToken = default) => _table.MarkSentAsync(id, cancellationToken);

    /// <summary>Records a failed attempt: tried again after <paramref name="retryIn"/>, or given up (body dropped) when that is null.</summary>
    public Task MarkFailedAsync(long id, string error, TimeSpan? retryIn, CancellationToken cancellationToken = default) =>
        _table.MarkFailedAsync(id, error, retryIn, cancellationToken);
}
