using System.Security.Cryptography;
using System.Text;

namespace Sellmetrics.Data.Migrations;

/// <summary>One forward-only schema change, applied once per scope and remembered by its checksum.</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>SHA-256 of the script, so an applied migration that was edited afterwards is refused.</summary>
    public string Checksum => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Sql)));

    public override string ToString() => $"{Version:D4}_{Name}";
}
