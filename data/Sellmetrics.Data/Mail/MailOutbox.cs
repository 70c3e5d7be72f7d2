using Npgsql;
using Sellmetrics.Data.Outbox;

namespace Sellmetrics.Data.Mail;

/// <summary>
/// The one table every mail goes through (<c>sellmetrics.mail_outbox</c>): written with the change that sends it, then
/// claimed, sent and retried as every outbox is (<see cref="OutboxTable{TRow}"/>).
/// </summary>
public sealed class MailOutbox(NpgsqlDataSource dataSource)
    : OutboxTable<OutboxMail>(dataSource, "sellmetrics.mail_outbox", "recipient, subject, body")
{
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

    protected override OutboxMail Read(NpgsqlDataReader reader) =>
        new(reader.GetInt64(0), new OutgoingMail(reader.GetString(2), reader.GetString(3), reader.GetString(4)), reader.GetInt32(1));
}
