using Npgsql;

namespace Sellmetrics.Data.Identity;

internal static class UserColumns
{
    public const string Select = """
        SELECT id, tenant_id, email, display_name, password_hash, role, session_version, mfa_secret_sealed,
               mfa_pending_sealed, mfa_last_step, recovery_code_hashes, adult_confirmed_at, created_at, last_sign_in_at,
               email_verified_at
        FROM identity.users
        """;

    public static UserRecord Read(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        reader.GetGuid(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetInt32(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetString(8),
        reader.IsDBNull(9) ? null : reader.GetInt64(9),
        reader.GetFieldValue<string[]>(10),
        reader.GetFieldValue<DateTimeOffset>(11),
        reader.GetFieldValue<DateTimeOffset>(12),
        reader.IsDBNull(13) ? null : reader.GetFieldValue<DateTimeOffset>(13))
    {
        EmailVerifiedAt = reader.IsDBNull(14) ? null : reader.GetFieldValue<DateTimeOffset>(14),
    };
}
