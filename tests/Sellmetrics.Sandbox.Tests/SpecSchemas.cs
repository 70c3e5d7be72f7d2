using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using NJsonSchema;

namespace Sellmetrics.Sandbox.Tests;

/// <summary>
/// The official marketplace models from <c>../shared/marketplace-specs</c>, read at test time. Object schemas
/// are made strict (no properties beyond the model's), so a misspelt field fails validation.
/// </summary>
public static class SpecSchemas
{
    private static readonly ConcurrentDictionary<string, Task<JsonSchema>> Cache = new();

    public static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sellmetrics.sln")))
            {
                var specs = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "marketplace-specs"));
                if (Directory.Exists(specs))
                {
                    return specs;
                }

                break;
            }
        }

        Assert.Skip("The marketplace specs (../shared/marketplace-specs beside the repository) are not present.");
        return string.Empty;
    }

    /// <summary>A definition of a Swagger 2.0 model (Amazon) or a JSON schema file when <paramref name="definition"/> is null.</summary>
    public static async Task<JsonSchema> AmazonAsync(string file, string? definition)
    {
        var root = await Cache.GetOrAdd("amazon/" + file, path => LoadAsync(path, json => json));
        return definition is null ? root : root.Definitions[definition];
    }

    /// <summary>The inline schema of a Walmart OpenAPI 3 response: <c>paths[path][method].responses[status].content[application/json].schema</c>.</summary>
    public static Task<JsonSchema> WalmartAsync(string file, string path, string method = "get", string status = "200") =>
        Cache.GetOrAdd($"walmart/{file}#{path}#{method}#{status}", key => LoadAsync("walmart/" + file, json =>
            JsonNode.Parse(json)!["paths"]![path]![method]!["responses"]![status]!["content"]!["application/json"]!["schema"]!.ToJsonString()));

    public static void AssertValid(JsonSchema schema, string json)
    {
        var errors = schema.Validate(json);
        Assert.True(errors.Count == 0, "Not valid against the official model:\n" + string.Join("\n", errors.Take(5)) + "\n" + json[..Math.Min(json.Length, 1500)]);
    }

    private static async Task<JsonSchema> LoadAsync(string relative, Func<string, string> select)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Folder(), relative));
        var schema = await JsonSchema.FromJsonAsync(select(text));
        StrictSchemas.Apply(schema);
        return schema;
    }
}
