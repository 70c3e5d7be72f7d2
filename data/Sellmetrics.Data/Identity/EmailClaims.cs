using Npgsql;

namespace Sellmetrics.Data.Identity;

/// <summary>Who holds an address: only an account that proved it by opening a link mailed there.</summary>
internal static class EmailClaims
{
    /// <summary>Serialises every claim on one address (sign-up, a change asked for, a change completed) across silos until commit.</summary>
    public static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string email, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended(lower(@email), 0))", connection, transaction);
        command.Parameters.AddWithValue("email", email);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Whether another account has proven the address. Nothing else holds it: an account signed up with it or a link asked
    /// for it proves nothing, so neither can keep the address from whoever opens the link mailed there.
    /// </summary>
    public static async Task<bool> IsOwnedByAnotherAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string email, Guid userId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT EXISTS (SELECT 1 FROM identity.users WHERE lower(email) = lower(@email) AND id <> @user AND email_verified_at IS NOT NULL)",
            connection,
            transaction);
        command.Parameters.AddWithValue("email", email);
        command.Parameters.AddWithValue("user", userId);
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>
    /// Takes the address off another account that never proved it (it keeps its open link, so its holder can still take
    /// the address back by opening it), leaving that account an address no one can receive mail at.
    /// </summary>
    public static async Task ReleaseUnprovenAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string email, Guid userId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            UPDATE identity.users SET email = replace(id::text, '-', '') || '@unverified.invalid'
            WHERE lower(email) = lower(@email) AND id <> @user AND email_verified_at IS NULL
            """, connection, transaction);
        command.Parameters.AddWithValue("email", email);
        command.Parameters.AddWithValue("user", userId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
