using Npgsql;

namespace Sellmetrics.Data.Identity;

/// <summary>Who holds an address: an account whose email it is, or one with an open (claimed, unexpired) link to it.</summary>
internal static class EmailClaims
{
    /// <summary>Serialises every claim on one address (sign-up, a change asked for, a change completed) across silos until commit.</summary>
    public static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string email, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended(lower(@email), 0))", connection, transaction);
        command.Parameters.AddWithValue("email", email);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<bool> IsHeldByAnotherAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string email, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            SELECT EXISTS (SELECT 1 FROM identity.users WHERE lower(email) = lower(@email) AND id <> @user)
                OR EXISTS (SELECT 1 FROM identity.email_verifications
                           WHERE claimed AND lower(email) = lower(@email) AND user_id <> @user AND expires_at > @now)
            """, connection, transaction);
        command.Parameters.AddWithValue("email", email);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("now", now);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
