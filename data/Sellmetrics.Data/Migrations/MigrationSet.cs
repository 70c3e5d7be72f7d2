using System.Globalization;
using System.Reflection;

namespace Sellmetrics.Data.Migrations;

/// <summary>
/// The ordered migrations of one scope (the name they are recorded under in the version table),
/// usually the scripts embedded under one folder of an assembly, named <c>NNNN_name.sql</c>.
/// </summary>
public sealed class MigrationSet
{
    /// <summary>The shared schema every silo needs: Orleans membership, grain storage and reminders, identity.</summary>
    public static MigrationSet Cluster { get; } = FromEmbeddedFolder(typeof(MigrationSet).Assembly, "Cluster");

    /// <summary>The template every tenant schema is made from and migrated forward with.</summary>
    public static MigrationSet Tenant { get; } = FromEmbeddedFolder(typeof(MigrationSet).Assembly, "Tenant");

    public MigrationSet(string scope, IEnumerable<Migration> migrations)
    {
        var ordered = migrations.OrderBy(migration => migration.Version).ToList();
        if (ordered.Count == 0)
        {
            throw new ArgumentException($"Migration set '{scope}' has no migrations.", nameof(migrations));
        }

        var duplicate = ordered.GroupBy(migration => migration.Version).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Migration version {duplicate.Key} appears twice in '{scope}'.", nameof(migrations));
        }

        Scope = scope;
        Migrations = ordered;
    }

    public string Scope { get; }

    public IReadOnlyList<Migration> Migrations { get; }

    public static MigrationSet FromEmbeddedFolder(Assembly assembly, string folder)
    {
        var prefix = folder + "/";
        var migrations = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(prefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => Load(assembly, name, prefix));
        return new MigrationSet(folder.ToLowerInvariant(), migrations);
    }

    private static Migration Load(Assembly assembly, string resourceName, string prefix)
    {
        var fileName = Path.GetFileNameWithoutExtension(resourceName[prefix.Length..]);
        var separator = fileName.IndexOf('_', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(fileName[..separator], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration '{resourceName}' is not named NNNN_name.sql.");
        }

        using var stream = assembly.GetManifestResourceStream(resourceName)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, fileName[(separator + 1)..], reader.ReadToEnd());
    }
}
