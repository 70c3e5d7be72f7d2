using Npgsql;

namespace Sellmetrics.Data.Identity;

internal static class UserColumns
{
    public const string Select = """
        SELECT id, tenant_id, email, display_name, password_hash, role, mfa_secret_sealed,
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
        reader.IsDBNull(6) ? null : reader.GetString(6),
        reader.IsDBNull(7) ? null : reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetInt64(8),
        reader.GetFieldValue<string[]>(9),
        reader.GetFieldValue<DateTimeOffset>(10),
        reader.GetFieldValue<DateTimeOffset>(11),
        reader.IsDBNull(12) ? null : reader.GetFieldValue<DateTimeOffset>(12))
    {
        EmailVerifiedAt = reader.IsDBNull(13) ? null : reader.GetFieldValue<DateTimeOffset>(13),
    };
}
