using System.Security.Cryptography;

namespace Sellmetrics.Data.Postgres;

/// <summary>
/// The embedded cluster's files in the data folder: <c>postgres/</c> (the cluster),
/// <c>postgres.password</c> (its superuser password, readable by this account only) and
/// <c>postgres.log</c> (the server log).
/// </summary>
internal sealed class PostgresClusterFiles(string dataDirectory)
{
    public string Directory { get; } = Path.Combine(dataDirectory, "postgres");

    public string LogFile { get; } = Path.Combine(dataDirectory, "postgres.log");

    private string PasswordFile { get; } = Path.Combine(dataDirectory, "postgres.password");

    public bool IsInitialized => File.Exists(Path.Combine(Directory, "PG_VERSION")) && File.Exists(PasswordFile);

    public string ReadPassword() => File.ReadAllText(PasswordFile).Trim();

    public async Task InitializeAsync(PostgresBinaries binaries, PostgresCommand command, string? account, bool ephemeral, CancellationToken cancellationToken)
    {
        // A folder without PG_VERSION (or without its password) is a creation that never finished.
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }

        System.IO.Directory.CreateDirectory(Directory);
        await PostgresServerAccount.GiveAsync(account, Directory, cancellationToken);

        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var initialPasswordFile = Path.Combine(Path.GetDirectoryName(Directory)!, "postgres.initpw");
        SecretFile.Write(initialPasswordFile, password);
        try
        {
            await PostgresServerAccount.GiveAsync(account, initialPasswordFile, cancellationToken);
            await command.RunCheckedAsync(
                binaries.InitDb,
                ["-D", Directory, "-U", EmbeddedPostgres.SuperUser, "--pwfile", initialPasswordFile,
                 "--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-instructions"],
                cancellationToken);
        }
        finally
        {
            File.Delete(initialPasswordFile);
        }

        await File.AppendAllTextAsync(Path.Combine(Directory, "postgresql.conf"), ServerSettings(ephemeral), cancellationToken);
        SecretFile.Write(PasswordFile, password);
    }

    /// <summary>Makes sure the server account can write the log before the server starts.</summary>
    public async Task PrepareLogFileAsync(string? account, CancellationToken cancellationToken)
    {
        if (!File.Exists(LogFile))
        {
            await File.WriteAllTextAsync(LogFile, string.Empty, cancellationToken);
            await PostgresServerAccount.GiveAsync(account, LogFile, cancellationToken);
        }
    }

    private static string ServerSettings(bool ephemeral)
    {
        var settings = """

            # Sellmetrics embedded server: loopback TCP only, no Unix socket.
            listen_addresses = '127.0.0.1'
            unix_socket_directories = ''
            max_connections = 200

            """;
        return ephemeral
            ? settings + """
                # Throwaway test cluster: durability is not needed.
                fsync = off
                synchronous_commit = off
                full_page_writes = off

                """
            : settings;
    }
}
