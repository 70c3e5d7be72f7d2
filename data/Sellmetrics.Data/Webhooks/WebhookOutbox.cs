using Npgsql;
using Sellmetrics.Data.Outbox;

namespace Sellmetrics.Data.Webhooks;

/// <summary>
/// Alert webhooks waiting to be posted (<c>sellmetrics.webhook_outbox</c>), claimed, sent and retried as every outbox is
/// (<see cref="OutboxTable{TRow}"/>). Bodies are signed when sent, with the tenant's secret of that moment.
/// </summary>
public sealed class WebhookOutbox(NpgsqlDataSource dataSource)
    : OutboxTable<OutboxWebhook>(dataSource, "sellmetrics.webhook_outbox", "tenant_id, url, body")
{
    public async Task EnqueueAsync(IReadOnlyList<OutgoingWebhook> webhooks, CancellationToken cancellationToken = default)
    {
        await using var command = DataSource.CreateCommand("""
            INSERT INTO sellmetrics.webhook_outbox (tenant_id, url, body)
            SELECT * FROM unnest(@tenants::uuid[], @urls::text[], @bodies::text[])
            """);
        command.Parameters.AddWithValue("tenants", webhooks.Select(w => w.TenantId).ToArray());
        command.Parameters.AddWithValue("urls", webhooks.Select(w => w.Url).ToArray());
        command.Parameters.AddWithValue("bodies", webhooks.Select(w => w.Body).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    protected override OutboxWebhook Read(NpgsqlDataReader reader) =>
        new(reader.GetInt64(0), new OutgoingWebhook(reader.GetGuid(2), reader.GetString(3), reader.GetString(4)), reader.GetInt32(1));
}
