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

    /// <summary>
    /// Stops with one message naming the folder and the fixes when the server account cannot enter the data folder or a
    /// folder above it (a clone in root's home, mode 700, run as root); initdb would otherwise fail on a file in it.
    /// </summary>
    public static async Task EnsureCanReachAsync(string? account, string dataDirectory, CancellationToken cancellationToken)
    {
        if (account is null)
        {
            return;
        }

        var command = new PostgresCommand(account);
        foreach (var folder in FoldersDownTo(dataDirectory))
        {
            if ((await command.RunAsync("test", ["-x", folder], cancellationToken)).ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"The embedded PostgreSQL server runs as the account '{account}' (PostgreSQL refuses root), and '{account}' " +
                    $"cannot enter the folder '{folder}', so it cannot reach the data folder '{dataDirectory}'. Either set " +
                    $"Storage:DataDirectory (Storage__DataDirectory) to a folder '{account}' can reach, such as " +
                    "/var/lib/sellmetrics, or run Sellmetrics as an ordinary user.");
            }
        }
    }

    /// <summary>Hands a file or folder this process created to the server account.</summary>
    public static Task GiveAsync(string? account, string path, CancellationToken cancellationToken) =>
        account is null
            ? Task.CompletedTask
            : new PostgresCommand(null).RunCheckedAsync("chown", ["-R", $"{account}:", path], cancellationToken);

    private static IEnumerable<string> FoldersDownTo(string directory)
    {
        var folders = new Stack<string>();
        for (var folder = directory; !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
        {
            folders.Push(folder);
        }

        return folders;
    }
}
