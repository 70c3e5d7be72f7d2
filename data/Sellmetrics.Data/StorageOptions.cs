using System.ComponentModel.DataAnnotations;

namespace Sellmetrics.Data;

/// <summary>Where Sellmetrics keeps its data when no database is configured (section <c>Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>Folder of the embedded PostgreSQL cluster and its secrets; relative to the working directory.</summary>
    [Required]
    public string DataDirectory { get; set; } = ".data";

    /// <summary>Folder holding initdb and pg_ctl; empty means PATH, then /usr/lib/postgresql/N/bin.</summary>
    public string? PostgresBinDirectory { get; set; }

    /// <summary>The account the embedded server runs under when Sellmetrics runs as root.</summary>
    [Required]
    [RegularExpression("^[a-z_][a-z0-9_-]{0,31}$", ErrorMessage = "Storage:PostgresOsUser must be a plain account name.")]
    public string PostgresOsUser { get; set; } = "postgres";

    /// <summary>How long to wait for a configured database to accept connections at start.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
