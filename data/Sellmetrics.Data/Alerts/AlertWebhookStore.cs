using Sellmetrics.Data.Tenants;

namespace Sellmetrics.Data.Alerts;

/// <summary>A tenant's one alert webhook; setting and removing it are audited.</summary>
public sealed class AlertWebhookStore(TenantDatabase tenants)
{
    public async Task<AlertWebhook?> GetAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand("SELECT url, slack, sealed_secret, updated_at FROM alert_webhook");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new AlertWebhook(reader.GetString(0), reader.GetBoolean(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3))
            : null;
    }

    public async Task SaveAsync(Guid tenantId, AlertWebhook webhook, string actor, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand("""
            INSERT INTO alert_webhook (url, slack, sealed_secret, updated_at) VALUES (@url, @slack, @secret, @at)
            ON CONFLICT (single) DO UPDATE SET url = excluded.url, slack = excluded.slack, sealed_secret = excluded.sealed_secret, updated_at = excluded.updated_at
            """);
        command.Parameters.AddWithValue("url", webhook.Url);
        command.Parameters.AddWithValue("slack", webhook.Slack);
        command.Parameters.AddWithValue("secret", webhook.SealedSecret);
        command.Parameters.AddWithValue("at", webhook.UpdatedAt);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await AuditLog.AppendAsync(session, actor, "alert-webhook.set", webhook.UpdatedAt, detail: null, cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    public async Task<bool> DeleteAsync(Guid tenantId, string actor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand("DELETE FROM alert_webhook");
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        await AuditLog.AppendAsync(session, actor, "alert-webhook.removed", now, detail: null, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return true;
    }
}
