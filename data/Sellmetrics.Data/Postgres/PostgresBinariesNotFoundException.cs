namespace Sellmetrics.Data.Postgres;

/// <summary>Thrown when no database is configured and this machine has no PostgreSQL server programs.</summary>
public sealed class PostgresBinariesNotFoundException(string? configuredDirectory) : Exception(BuildMessage(configuredDirectory))
{
    private static string BuildMessage(string? configuredDirectory)
    {
        var where = configuredDirectory is { Length: > 0 }
            ? $"in Storage:PostgresBinDirectory ('{configuredDirectory}')"
            : "on PATH or in /usr/lib/postgresql/<version>/bin";
        return $"""
            No database is configured (ConnectionStrings:Sellmetrics is empty), so Sellmetrics wants to start
            its own PostgreSQL, but the PostgreSQL server programs initdb and pg_ctl were not found {where}.
            Do one of these:
              - install PostgreSQL 15 or newer: Debian/Ubuntu 'sudo apt-get install -y postgresql',
                Fedora 'sudo dnf install postgresql-server', macOS 'brew install postgresql@16';
              - point Storage:PostgresBinDirectory (env Storage__PostgresBinDirectory) at the folder holding initdb;
              - or set ConnectionStrings:Sellmetrics (env ConnectionStrings__Sellmetrics) to an existing server.
            """;
    }
}
