namespace Sellmetrics.Data.Tenants;

/// <summary>Writes an audit record inside a session's transaction, so the record stands or falls with the change it names.</summary>
public static class AuditEntry
{
    public static async Task WriteAsync(TenantSession session, string actor, string action, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var audit = session.CreateCommand("INSERT INTO audit_log (at, actor, action) VALUES (@at, @actor, @action)");
        audit.Parameters.AddWithValue("at", at);
        audit.Parameters.AddWithValue("actor", actor);
        audit.Parameters.AddWithValue("action", action);
        await audit.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task WriteAsync(
        TenantSession session, string actor, string action, string subjectName, Guid subjectId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var audit = session.CreateCommand(
            "INSERT INTO audit_log (at, actor, action, detail) VALUES (@at, @actor, @action, jsonb_build_object(@name::text, @id::text))");
        audit.Parameters.AddWithValue("at", at);
        audit.Parameters.AddWithValue("actor", actor);
        audit.Parameters.AddWithValue("action", action);
        audit.Parameters.AddWithValue("name", subjectName);
        audit.Parameters.AddWithValue("id", subjectId);
        await audit.ExecuteNonQueryAsync(cancellationToken);
    }
}
