using Npgsql;

namespace Sellmetrics.Data.Identity;

/// <summary>Reads and writes accounts in <c>identity.users</c>; a tenant and its owner are created together.</summary>
public sealed class UserStore(NpgsqlDataSource dataSource)
{
    private const string UniqueViolation = "23505";

    /// <summary>Inserts a new tenant and its first user in one transaction; false when another account has proven the email (one that has not loses it).</summary>
    public async Task<bool> CreateTenantWithOwnerAsync(TenantRecord tenant, UserRecord owner, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insertTenant = new NpgsqlCommand(
            "INSERT INTO identity.tenants (id, schema_name, role_name, status, created_at) VALUES (@id, @schema, @role, @status, @created)",
            connection,
            transaction))
        {
            insertTenant.Parameters.AddWithValue("id", tenant.Id);
            insertTenant.Parameters.AddWithValue("schema", tenant.SchemaName);
            insertTenant.Parameters.AddWithValue("role", tenant.RoleName);
            insertTenant.Parameters.AddWithValue("status", tenant.Status.ToString());
            insertTenant.Parameters.AddWithValue("created", tenant.CreatedAt);
            await insertTenant.ExecuteNonQueryAsync(cancellationToken);
        }

        await EmailClaims.LockAsync(connection, transaction, owner.Email, cancellationToken);
        if (await EmailClaims.IsOwnedByAnotherAsync(connection, transaction, owner.Email, owner.Id, cancellationToken))
        {
            return false;
        }

        await EmailClaims.ReleaseUnprovenAsync(connection, transaction, owner.Email, owner.Id, cancellationToken);

        await using var insertUser = new NpgsqlCommand("""
            INSERT INTO identity.users (id, tenant_id, email, display_name, password_hash, role, adult_confirmed_at, created_at)
            VALUES (@id, @tenant, @email, @name, @hash, @role, @adult, @created)
            """, connection, transaction);
        insertUser.Parameters.AddWithValue("id", owner.Id);
        insertUser.Parameters.AddWithValue("tenant", owner.TenantId);
        insertUser.Parameters.AddWithValue("email", owner.Email);
        insertUser.Parameters.AddWithValue("name", owner.DisplayName);
        insertUser.Parameters.AddWithValue("hash", owner.PasswordHash);
        insertUser.Parameters.AddWithValue("role", owner.Role);
        insertUser.Parameters.AddWithValue("adult", owner.AdultConfirmedAt);
        insertUser.Parameters.AddWithValue("created", owner.CreatedAt);
        try
        {
            await insertUser.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState == UniqueViolation)
        {
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public Task<UserRecord?> FindByEmailAsync(string email, CancellationToken cancellationToken = default) =>
        FindAsync("WHERE lower(email) = lower(@value)", email, cancellationToken);

    public Task<UserRecord?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default) =>
        FindAsync("WHERE id = @value", id, cancellationToken);

    /// <summary>
    /// Writes the columns the account's own grain changes (name, password, MFA, last sign-in). The email changes only
    /// through <see cref="EmailVerificationStore"/> and the role only through <see cref="AdminRoles"/>, so a save from a
    /// grain holding an older copy never writes them back.
    /// </summary>
    public async Task SaveAsync(UserRecord user, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            UPDATE identity.users
            SET display_name = @name, password_hash = @hash,
                mfa_secret_sealed = @mfa, mfa_pending_sealed = @pending, mfa_last_step = @step,
                recovery_code_hashes = @codes, last_sign_in_at = @signedIn
            WHERE id = @id
            """);
        command.Parameters.AddWithValue("id", user.Id);
        command.Parameters.AddWithValue("name", user.DisplayName);
        command.Parameters.AddWithValue("hash", user.PasswordHash);
        command.Parameters.AddWithValue("mfa", (object?)user.MfaSecretSealed ?? DBNull.Value);
        command.Parameters.AddWithValue("pending", (object?)user.MfaPendingSealed ?? DBNull.Value);
        command.Parameters.AddWithValue("step", (object?)user.MfaLastStep ?? DBNull.Value);
        command.Parameters.AddWithValue("codes", user.RecoveryCodeHashes.ToArray());
        command.Parameters.AddWithValue("signedIn", (object?)user.LastSignInAt ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Guid>> ListIdsWithSealedSecretsAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT id FROM identity.users WHERE mfa_secret_sealed IS NOT NULL OR mfa_pending_sealed IS NOT NULL");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var ids = new List<Guid>();
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }

    private async Task<UserRecord?> FindAsync(string where, object value, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"{UserColumns.Select} {where}");
        command.Parameters.AddWithValue("value", value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? UserColumns.Read(reader) : null;
    }
}
