namespace Sellmetrics.Data.Postgres;

/// <summary>Where the PostgreSQL server programs this machine has are: initdb and pg_ctl.</summary>
public sealed record PostgresBinaries(string InitDb, string PgCtl)
{
    // Debian and Ubuntu install the server under a versioned folder that is not on PATH.
    private const string DebianInstallRoot = "/usr/lib/postgresql";

    /// <summary>
    /// Looks in the configured folder if one is given, else on PATH, else in the newest
    /// <c>/usr/lib/postgresql/N/bin</c>; throws <see cref="PostgresBinariesNotFoundException"/> otherwise.
    /// </summary>
    public static PostgresBinaries Locate(string? configuredDirectory)
    {
        var candidates = configuredDirectory is { Length: > 0 }
            ? [configuredDirectory]
            : PathDirectories().Concat(DebianVersionDirectories());

        foreach (var directory in candidates)
        {
            var initDb = Path.Combine(directory, "initdb");
            var pgCtl = Path.Combine(directory, "pg_ctl");
            if (File.Exists(initDb) && File.Exists(pgCtl))
            {
                return new PostgresBinaries(initDb, pgCtl);
            }
        }

        throw new PostgresBinariesNotFoundException(configuredDirectory);
    }

    private static IEnumerable<string> PathDirectories() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string> DebianVersionDirectories()
    {
        if (!Directory.Exists(DebianInstallRoot))
        {
            return [];
        }

        return Directory.GetDirectories(DebianInstallRoot)
            .Select(directory => (directory, version: int.TryParse(Path.GetFileName(directory), out var v) ? v : -1))
            .Where(entry => entry.version > 0)
            .OrderByDescending(entry => entry.version)
            .Select(entry => Path.Combine(entry.directory, "bin"));
    }
}
