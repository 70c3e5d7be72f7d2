namespace Sellmetrics.Data.Postgres;

/// <summary>
/// Where and how the embedded PostgreSQL runs. <paramref name="OsUser"/> is the account the server
/// runs under when this process is root (PostgreSQL refuses to run as root). An ephemeral cluster
/// trades durability for speed (fsync off) and is deleted when it stops: for test runs.
/// </summary>
public sealed record EmbeddedPostgresSettings(string DataDirectory, string? BinDirectory, string OsUser, bool Ephemeral = false);
