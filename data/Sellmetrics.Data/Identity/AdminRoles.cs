using Npgsql;

namespace Sellmetrics.Data.Identity;

/// <summary>
/// The stored admin role (<c>identity.users.role</c>): granted or revoked by an admin, never leaving the product without a
/// verified admin; every change is written to <c>identity.role_changes</c>.
/// </summary>
public sealed class AdminRoles(NpgsqlDataSource dataSource)
{
    public const string Admin = "admin";
    public const string Seller = "seller";
    public const string BootstrapActor = "bootstrap";

    /// <summary>Grants (only to a verified account) or revokes (never from the last verified admin) the admin role.</summary>
    public async Task<RoleChangeOutcome> SetAsync(Guid userId, bool admin, string actor, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Every verified admin is locked, in one order, before the count: two revocations cannot both see "another admin remains".
        var admins = new List<Guid>();
        await using (var lockAdmins = new NpgsqlCommand(
            "SELECT id FROM identity.users WHERE role = @admin AND email_verified_at IS NOT NULL ORDER BY id FOR UPDATE", connection, transaction))
        {
            lockAdmins.Parameters.AddWithValue("admin", Admin);
            await using var reader = await lockAdmins.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                admins.Add(reader.GetGuid(0));
            }
        }

        await using var find = new NpgsqlCommand("SELECT role, email_verified_at IS NOT NULL FROM identity.users WHERE id = @user FOR UPDATE", connection, transaction);
        find.Parameters.AddWithValue("user", userId);
        string role;
        bool verified;
        await using (var reader = await find.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                return RoleChangeOutcome.NotFound;
            }

            (role, verified) = (reader.GetString(0), reader.GetBoolean(1));
        }

        if (admin && !verified)
        {
            return RoleChangeOutcome.Unverified;
        }

        if (!admin && admins.Count == 1 && admins[0] == userId)
        {
            return RoleChangeOutcome.LastAdmin;
        }

        if ((role == Admin) != admin)
        {
            await WriteAsync(connection, transaction, userId, admin, actor, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return RoleChangeOutcome.Done;
    }

    /// <summary>Sets the role inside the caller's transaction and audits it.</summary>
    internal static async Task WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, Guid userId, bool granted, string actor, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            UPDATE identity.users SET role = @role WHERE id = @user;
            INSERT INTO identity.role_changes (user_id, role, granted, actor, at) VALUES (@user, @admin, @granted, @actor, @now);
            """, connection, transaction);
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("role", granted ? Admin : Seller);
        command.Parameters.AddWithValue("admin", Admin);
        command.Parameters.AddWithValue("granted", granted);
        command.Parameters.AddWithValue("actor", actor);
        command.Parameters.AddWithValue("now", now);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
