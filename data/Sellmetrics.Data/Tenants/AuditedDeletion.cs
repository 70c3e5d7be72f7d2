namespace Sellmetrics.Data.Tenants;

/// <summary>Deleting one row a seller owns (a cost, an alert rule) together with the audit entry naming it.</summary>
internal static class AuditedDeletion
{
    /// <summary>
    /// Deletes the row of <paramref name="table"/> (a name from code, never from input) whose <c>id</c> is the row's, and
    /// records <paramref name="action"/> with the id under its name, in one transaction; false when there was no such row.
    /// </summary>
    public static async Task<bool> DeleteAsync(
        TenantDatabase tenants, Guid tenantId, string table, (string Name, Guid Id) row, string actor, string action, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await using var session = await tenants.OpenAsync(tenantId, cancellationToken);
        await using var command = session.CreateCommand($"DELETE FROM {table} WHERE id = @id");
        command.Parameters.AddWithValue("id", row.Id);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        await AuditLog.AppendAsync(session, actor, action, now, (row.Name, row.Id), cancellationToken);
        await session.CommitAsync(cancellationToken);
        return true;
    }
}
