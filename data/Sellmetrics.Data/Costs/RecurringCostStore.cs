using Sellmetrics.Data.Tenants;
using Sellmetrics.Facts.Costs;

namespace Sellmetrics.Data.Costs;

/// <summary>A tenant's recurring costs, read and written through a tenant-bound connection; every change is audited.</summary>
public sealed class RecurringCostStore(TenantDatabase tenants)
{
    public async Task<IReadOnlyList<RecurringCost>> ListAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand(
            "SELECT id, name, category, amount, currency, frequency, start_date, end_date FROM recurring_costs ORDER BY start_date, name");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var costs = new List<RecurringCost>();
        while (await reader.ReadAsync(cancellationToken))
        {
            costs.Add(new RecurringCost(
                reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetDecimal(3), reader.GetString(4).Trim(),
                CostFrequencyNames.Parse(reader.GetString(5)), reader.GetFieldValue<DateOnly>(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateOnly>(7)));
        }

        return costs;
    }

    /// <summary>Inserts a new cost, or replaces an existing one; false when the cost to replace does not exist.</summary>
    public async Task<bool> SaveAsync(Guid tenantId, RecurringCost cost, bool isNew, string actor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand(isNew
            ? """
              INSERT INTO recurring_costs (id, name, category, amount, currency, frequency, start_date, end_date, updated_at)
              VALUES (@id, @name, @category, @amount, @currency, @frequency, @start, @end, @now)
              """
            : """
              UPDATE recurring_costs SET name = @name, category = @category, amount = @amount, currency = @currency,
                     frequency = @frequency, start_date = @start, end_date = @end, updated_at = @now
              WHERE id = @id
              """);
        command.Parameters.AddWithValue("id", cost.Id);
        command.Parameters.AddWithValue("name", cost.Name);
        command.Parameters.AddWithValue("category", cost.Category);
        command.Parameters.AddWithValue("amount", cost.Amount);
        command.Parameters.AddWithValue("currency", cost.Currency);
        command.Parameters.AddWithValue("frequency", CostFrequencyNames.Of(cost.Frequency));
        command.Parameters.AddWithValue("start", cost.StartDate);
        command.Parameters.AddWithValue("end", (object?)cost.EndDate ?? DBNull.Value);
        command.Parameters.AddWithValue("now", now);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        await AuditAsync(session, actor, isNew ? "recurring-cost.created" : "recurring-cost.changed", cost.Id, now, cancellationToken);
        await session.CommitAsync(cancellationToken);
        return true;
    }

    public Task<bool> DeleteAsync(Guid tenantId, Guid costId, string actor, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        AuditedDeletion.DeleteAsync(tenants, tenantId, "recurring_costs", ("recurringCostId", costId), actor, "recurring-cost.deleted", now, cancellationToken);

    private static Task AuditAsync(TenantSession session, string actor, string action, Guid costId, DateTimeOffset now, CancellationToken cancellationToken) =>
        AuditLog.AppendAsync(session, actor, action, now, ("recurringCostId", costId), cancellationToken);
}
