using Npgsql;

namespace Sellmetrics.Data.Identity;

/// <summary>Server-side sessions in <c>identity.sessions</c>: opened at sign-in, revoked at sign-out or by account changes.</summary>
public sealed class SessionStore(NpgsqlDataSource dataSource)
{
    /// <summary>Stores a new session, and forgets the user's sessions that expired before <paramref name="now"/>.</summary>
    public async Task CreateAsync(SessionRecord session, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            DELETE FROM identity.sessions WHERE user_id = @user AND expires_at < @now;
            INSERT INTO identity.sessions (id, user_id, created_at, expires_at) VALUES (@id, @user, @created, @expires);
            """);
        command.Parameters.AddWithValue("id", session.Id);
        command.Parameters.AddWithValue("user", session.UserId);
        command.Parameters.AddWithValue("created", session.CreatedAt);
        command.Parameters.AddWithValue("expires", session.ExpiresAt);
        command.Parameters.AddWithValue("now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The user's sessions that are neither revoked nor expired at <paramref name="now"/>.</summary>
    public async Task<IReadOnlyList<SessionRecord>> ListLiveAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT id, user_id, created_at, expires_at FROM identity.sessions
            WHERE user_id = @user AND revoked_at IS NULL AND expires_at > @now
            """);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("now", now);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var sessions = new List<SessionRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            sessions.Add(new SessionRecord(
                reader.GetGuid(0), reader.GetGuid(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3)));
        }

        return sessions;
    }

    /// <summary>Revokes the given sessions of the user.</summary>
    public async Task RevokeAsync(Guid userId, IReadOnlyCollection<Guid> sessionIds, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE identity.sessions SET revoked_at = @now
            WHERE user_id = @user AND id = ANY(@ids) AND revoked_at IS NULL
            """);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("ids", sessionIds.ToArray());
        command.Parameters.AddWithValue("now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
