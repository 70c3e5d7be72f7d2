using Npgsql;

namespace Sellmetrics.Data.Mail;

/// <summary>
/// The one table every mail goes through (<c>sellmetrics.mail_outbox</c>): written with the change that sends it, claimed
/// by the sender of any silo with <c>FOR UPDATE SKIP LOCKED</c> and a lease, so each mail has one sender at a time.
/// Times are the database's, the same for every silo.
/// </summary>
public sealed class MailOutbox(NpgsqlDataSource dataSource)
{
    private const int MaxErrorLength = 200;

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
    public async Task<IReadOnlyList<OutboxMail>> ClaimAsync(int count, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE sellmetrics.mail_outbox SET attempts = attempts + 1, next_attempt_at = now() + @lease
            WHERE id IN (
                SELECT id FROM sellmetrics.mail_outbox
                WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= now()
                ORDER BY next_attempt_at LIMIT @count
                FOR UPDATE SKIP LOCKED)
            RETURNING id, recipient, subject, body, attempts
            """);
        command.Parameters.AddWithValue("lease", lease);
        command.Parameters.AddWithValue("count", count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var mails = new List<OutboxMail>();
        while (await reader.ReadAsync(cancellationToken))
        {
            mails.Add(new OutboxMail(reader.GetInt64(0), new OutgoingMail(reader.GetString(1), reader.GetString(2), reader.GetString(3)), reader.GetInt32(4)));
        }

        return mails;
    }

    /// <summary>Marks a mail delivered and drops its body (a link in it must not outlive its use).</summary>
    public async Task MarkSentAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "UPDATE sellmetrics.mail_outbox SET sent_at = now(), body = NULL, last_error = NULL WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Records a failed attempt: tried again after <paramref name="retryIn"/>, or given up (body dropped) when that is null.</summary>
    public async Task MarkFailedAsync(long id, string error, TimeSpan? retryIn, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(retryIn is null
            ? "UPDATE sellmetrics.mail_outbox SET failed_at = now(), body = NULL, last_error = @error WHERE id = @id"
            : "UPDATE sellmetrics.mail_outbox SET next_attempt_at = now() + @retryIn, last_error = @error WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        command.Parameters.AddWithValue("error", error.Length > MaxErrorLength ? error[..MaxErrorLength] : error);
        if (retryIn is { } delay)
        {
            command.Parameters.AddWithValue("retryIn", delay);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
