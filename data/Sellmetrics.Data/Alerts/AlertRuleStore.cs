using Sellmetrics.Alerts.Rules;
using Sellmetrics.Data.Tenants;

namespace Sellmetrics.Data.Alerts;

/// <summary>A tenant's alert rules; every change is audited.</summary>
public sealed class AlertRuleStore(TenantDatabase tenants)
{
    public async Task<IReadOnlyList<AlertRule>> ListAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand($"{AlertRuleColumns.Select} ORDER BY created_at, id");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rules = new List<AlertRule>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rules.Add(AlertRuleColumns.Read(reader));
        }

        return rules;
    }

    /// <summary>Inserts a new rule or replaces an existing one; false when the rule to replace does not exist.</summary>
    public async Task<bool> SaveAsync(Guid tenantId, AlertRule rule, bool isNew, string actor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand(isNew
            ? """
              INSERT INTO alert_rules (id, kind, threshold, skus, attributes, channels, quiet_from, quiet_to, daily_digest, created_at, updated_at)
              VALUES (@id, @kind, @threshold, @skus, @attributes, @channels, @quiet_from, @quiet_to, @daily_digest, @now, @now)
              """
            : """
              UPDATE alert_rules SET kind = @kind, threshold = @threshold, skus = @skus, attributes = @attributes, channels = @channels,
                     quiet_from = @quiet_from, quiet_to = @quiet_to, daily_digest = @daily_digest, updated_at = @now
              WHERE id = @id
              """);
        AlertRuleColumns.Write(command.Parameters, rule);
        command.Parameters.AddWithValue("now", now);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        // A changed rule starts over: conditions it raised under its old settings may alert again under the new ones.
        await using var reset = session.CreateCommand("DELETE FROM alert_conditions WHERE rule_id = @id");
        reset.Parameters.AddWithValue("id", rule.Id);
        await reset.ExecuteNonQueryAsync(cancellationToken);
        await AuditLog.AppendAsync(session, actor, isNew ? "alert-rule.created" : "alert-rule.changed", now, ("alertRuleId", rule.Id), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return true;
    }

    public Task<bool> DeleteAsync(Guid tenantId, Guid ruleId, string actor, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        AuditedDeletion.DeleteAsync(tenants, tenantId, "alert_rules", ("alertRuleId", ruleId), actor, "alert-rule.deleted", now, cancellationToken);
}
