namespace Sellmetrics.Data.Postgres;

/// <summary>
/// Decides which operating-system account runs the embedded server: this process's own, or,
/// when this process is root, the configured unprivileged account (PostgreSQL refuses root).
/// </summary>
internal static class PostgresServerAccount
{
    /// <summary>Returns the account to switch to, or null when no switch is needed.</summary>
    public static async Task<string?> ResolveAsync(string osUser, CancellationToken cancellationToken)
    {
        if (!Environment.IsPrivilegedProcess)
        {
            return null;
        }

        var (exitCode, _) = await new PostgresCommand(null).RunAsync("id", ["-u", osUser], cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException(
                $"Sellmetrics is running as root and PostgreSQL refuses to run as root, so the embedded server runs as " +
                $"the account '{osUser}' (Storage:PostgresOsUser), which does not exist. Install Debian's postgresql " +
                $"package (it creates 'postgres'), create the account ('useradd --system {osUser}'), name another one, " +
                "or run Sellmetrics as an ordinary user.");
        }

        return osUser;
    }

    /// <summary>Hands a file or folder this process created to the server account.</summary>
    public static Task GiveAsync(string? account, string path, CancellationToken cancellationToken) =>
        account is null
            ? Task.CompletedTask
            : new PostgresCommand(null).RunCheckedAsync("chown", ["-R", $"{account}:", path], cancellationToken);
}
