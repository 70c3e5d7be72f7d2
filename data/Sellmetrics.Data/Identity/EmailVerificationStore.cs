using Npgsql;
using Sellmetrics.Data.Mail;

namespace Sellmetrics.Data.Identity;

/// <summary>
/// Verification links (<c>identity.email_verifications</c>): opening one with its mail in the outbox, and completing it,
/// which switches the account to the address, marks it verified and, once ever, makes a configured address the first admin.
/// </summary>
public sealed class EmailVerificationStore(NpgsqlDataSource dataSource)
{
    /// <summary>
    /// Replaces the account's open link with <paramref name="link"/> and queues <paramref name="mail"/>, unless another
    /// account has proven the address: then the link is kept unclaimed (Settings shows the same), no mail goes out, and the
    /// answer is false.
    /// </summary>
    public async Task<bool> OpenAsync(EmailLink link, OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await EmailClaims.LockAsync(connection, transaction, link.Email, cancellationToken);
        var claimed = !await EmailClaims.IsOwnedByAnotherAsync(connection, transaction, link.Email, link.UserId, cancellationToken);
        await using (var command = new NpgsqlCommand("""
            DELETE FROM identity.email_verifications WHERE claimed AND lower(email) = lower(@email) AND user_id <> @user AND expires_at <= @now;
            INSERT INTO identity.email_verifications (user_id, email, claimed, token_hash, created_at, expires_at)
            VALUES (@user, @email, @claimed, @hash, @now, @expires)
            ON CONFLICT (user_id) DO UPDATE SET email = excluded.email, claimed = excluded.claimed, token_hash = excluded.token_hash,
                created_at = excluded.created_at, expires_at = excluded.expires_at;
            """, connection, transaction))
        {
            command.Parameters.AddWithValue("user", link.UserId);
            command.Parameters.AddWithValue("email", link.Email);
            command.Parameters.AddWithValue("claimed", claimed);
            command.Parameters.AddWithValue("hash", link.TokenHash);
            command.Parameters.AddWithValue("now", link.CreatedAt);
            command.Parameters.AddWithValue("expires", link.ExpiresAt);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        if (claimed)
        {
            await MailOutbox.EnqueueAsync(connection, transaction, mail, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    /// <summary>The account a token was sent for, expired or not, or null when no open link has it.</summary>
    public async Task<Guid?> FindUserAsync(byte[] tokenHash, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT user_id FROM identity.email_verifications WHERE token_hash = @hash AND claimed");
        command.Parameters.AddWithValue("hash", tokenHash);
        return await command.ExecuteScalarAsync(cancellationToken) as Guid?;
    }

    /// <summary>The address the account is being asked to prove (its own or a new one), or null when no link is open.</summary>
    public async Task<string?> FindPendingAsync(Guid userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT email FROM identity.email_verifications WHERE user_id = @user AND expires_at > @now");
        command.Parameters.AddWithValue("user", userId);
        command.Parameters.AddWithValue("now", now);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>
    /// Uses the account's link once: the account takes the address, verified now; when <paramref name="bootstrapAddress"/>
    /// and no verified admin exists and no bootstrap has happened, it becomes the first admin (recorded once, audited).
    /// </summary>
    public async Task<EmailVerificationOutcome> CompleteAsync(
        Guid userId, byte[] tokenHash, DateTimeOffset now, Func<string, bool> bootstrapAddress, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        string email;
        await using (var find = new NpgsqlCommand(
            "SELECT email, expires_at FROM identity.email_verifications WHERE user_id = @user AND token_hash = @hash AND claimed FOR UPDATE",
            connection,
            transaction))
        {
            find.Parameters.AddWithValue("user", userId);
            find.Parameters.AddWithValue("hash", tokenHash);
            await using var reader = await find.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return EmailVerificationOutcome.Invalid;
            }

            email = reader.GetString(0);
            if (reader.GetFieldValue<DateTimeOffset>(1) <= now)
            {
                await reader.CloseAsync();
                await DeleteLinkAsync(connection, transaction, userId, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return EmailVerificationOutcome.Expired;
            }
        }

        await EmailClaims.LockAsync(connection, transaction, email, cancellationToken);
        if (await EmailClaims.IsOwnedByAnotherAsync(connection, transaction, email, userId, cancellationToken))
        {
            await DeleteLinkAsync(connection, transaction, userId, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return EmailVerificationOutcome.Taken;
        }

        await EmailClaims.ReleaseUnprovenAsync(connection, transaction, email, userId, cancellationToken);

        await using (var verify = new NpgsqlCommand(
            "UPDATE identity.users SET email = @email, email_verified_at = @now WHERE id = @user", connection, transaction))
        {
            verify.Parameters.AddWithValue("user", userId);
            verify.Parameters.AddWithValue("email", email);
            verify.Parameters.AddWithValue("now", now);
            await verify.ExecuteNonQueryAsync(cancellationToken);
        }

        await DeleteLinkAsync(connection, transaction, userId, cancellationToken);
        var firstAdmin = bootstrapAddress(email) && await BootstrapAsync(connection, transaction, userId, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return firstAdmin ? EmailVerificationOutcome.VerifiedAsFirstAdmin : EmailVerificationOutcome.Verified;
    }

    private static async Task<bool> BootstrapAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using (var record = new NpgsqlCommand("""
            INSERT INTO identity.admin_bootstrap (granted_at)
            SELECT @now WHERE NOT EXISTS (SELECT 1 FROM identity.users WHERE role = @admin AND email_verified_at IS NOT NULL)
            ON CONFLICT (done) DO NOTHING
            """, connection, transaction))
        {
            record.Parameters.AddWithValue("now", now);
            record.Parameters.AddWithValue("admin", AdminRoles.Admin);
            if (await record.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return false;
            }
        }

        await AdminRoles.WriteAsync(connection, transaction, userId, granted: true, AdminRoles.BootstrapActor, now, cancellationToken);
        return true;
    }

    private static async Task DeleteLinkAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Guid userId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("DELETE FROM identity.email_verifications WHERE user_id = @user", connection, transaction);
        command.Parameters.AddWithValue("user", userId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
