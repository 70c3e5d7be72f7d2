using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Sellmetrics.Data.Tenants;

/// <summary>Appends to a tenant's <c>audit_log</c>: who did what, when (no secrets, no personal data beyond the actor's key).</summary>
public sealed class AuditLog(TenantDatabase tenantDatabase)
{
    public async Task WriteAsync(Guid tenantId, string actor, string action, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var session = await tenantDatabase.OpenAsync(tenantId, cancellationToken);
        await AppendAsync(session, actor, action, at, detail: null, cancellationToken);
        await session.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Appends an entry inside <paramref name="session"/>, so it is kept only with the change it records;
    /// <paramref name="detail"/> is the one named value it is about (an id, a count), stored as a JSON object, or null.
    /// </summary>
    internal static async Task AppendAsync(
        TenantSession session, string actor, string action, DateTimeOffset at, (string Name, object Value)? detail, CancellationToken cancellationToken)
    {
        await using var command = session.CreateCommand("INSERT INTO audit_log (at, actor, action, detail) VALUES (@at, @actor, @action, @detail)");
        command.Parameters.AddWithValue("at", at.ToUniversalTime());
        command.Parameters.AddWithValue("actor", actor);
        command.Parameters.AddWithValue("action", action);
        command.Parameters.Add(new NpgsqlParameter("detail", NpgsqlDbType.Jsonb)
        {
            Value = detail is var (name, value) ? JsonSerializer.Serialize(new Dictionary<string, object> { [name] = value }) : DBNull.Value,
        });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
