using System.IO.Compression;

namespace Sellmetrics.Rules;

/// <summary>
/// The most common passwords of leaked password sets (see CommonPasswords.md for source and licence). A password is
/// common when it is one of them, or one of them decorated with leading or trailing digits and symbols ("Password2024!").
/// </summary>
public static class CommonPasswords
{
    private const int ShortestCore = 4;

    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static bool Contains(string password)
    {
        var lowered = password.Trim().ToLowerInvariant();
        var core = lowered.Trim([.. lowered.Where(c => !char.IsLetter(c)).Distinct()]);
        return List.Value.Contains(lowered) || (core.Length >= ShortestCore && List.Value.Contains(core));
    }

    private static HashSet<string> Load()
    {
        using var resource = typeof(CommonPasswords).Assembly.GetManifestResourceStream("CommonPasswords.txt.gz")
            ?? throw new InvalidOperationException("The common password list is not embedded.");
        using var reader = new StreamReader(new GZipStream(resource, CompressionMode.Decompress));
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            passwords.Add(line);
        }

        return passwords;
    }
}
