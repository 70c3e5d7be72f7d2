using System.Globalization;

namespace Sellmetrics.Data.Postgres;

/// <summary>Reads the port of a running server from its <c>postmaster.pid</c> (fourth line).</summary>
internal static class PostmasterPort
{
    public static int? TryRead(string clusterDirectory)
    {
        var pidFile = Path.Combine(clusterDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var lines = File.ReadAllLines(pidFile);
        return lines.Length > 3 && int.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : null;
    }
}
