using System.Globalization;
using System.Text.Json;

namespace Sellmetrics.Security.Tests.Fernet;

// The official vectors are read from shared/fernet-spec beside the repository, never copied into it.
public static class FernetVectors
{
    public static IEnumerable<TheoryDataRow<string, string, string, string, string>> Generate() =>
        SpecFolder() is null
            ? [new("", "", "", "", "") { Skip = MissingMessage }]
            : Load("generate.json").Select(vector => new TheoryDataRow<string, string, string, string, string>(
                Text(vector, "token"), Text(vector, "now"), Text(vector, "secret"), Text(vector, "src"),
                Convert.ToHexString([.. vector.GetProperty("iv").EnumerateArray().Select(b => b.GetByte())])));

    public static IEnumerable<TheoryDataRow<string, string, string, string, int>> Verify() =>
        SpecFolder() is null
            ? [new("", "", "", "", 0) { Skip = MissingMessage }]
            : Load("verify.json").Select(vector => new TheoryDataRow<string, string, string, string, int>(
                Text(vector, "token"), Text(vector, "now"), Text(vector, "secret"), Text(vector, "src"), TtlSeconds(vector)));

    public static IEnumerable<TheoryDataRow<string, string, string, int>> Invalid() =>
        SpecFolder() is null
            ? [new("", "", "", 0) { Skip = MissingMessage }]
            : Load("invalid.json").Select(vector => new TheoryDataRow<string, string, string, int>(
                Text(vector, "token"), Text(vector, "now"), Text(vector, "secret"), TtlSeconds(vector))
            {
                Label = Text(vector, "desc"),
            });

    private static string MissingMessage =>
        $"The official Fernet vectors were not found: shared/fernet-spec must sit beside the repository (looked from {AppContext.BaseDirectory}).";

    public static DateTimeOffset ParseNow(string now) => DateTimeOffset.Parse(now, CultureInfo.InvariantCulture);

    private static string Text(JsonElement vector, string name) => vector.GetProperty(name).GetString()!;

    private static int TtlSeconds(JsonElement vector) => vector.GetProperty("ttl_sec").GetInt32();

    private static List<JsonElement> Load(string fileName)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(SpecFolder()!, fileName)));
        return [.. document.RootElement.EnumerateArray().Select(vector => vector.Clone())];
    }

    private static string? SpecFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var isRepositoryRoot = File.Exists(Path.Combine(folder.FullName, "Sellmetrics.sln"))
                || File.Exists(Path.Combine(folder.FullName, "Sellmetrics.slnx"))
                || Path.Exists(Path.Combine(folder.FullName, ".git"));
            if (isRepositoryRoot)
            {
                var spec = Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "fernet-spec"));
                return Directory.Exists(spec) ? spec : null;
            }
        }

        return null;
    }
}
