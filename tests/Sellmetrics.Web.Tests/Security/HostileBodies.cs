using System.Net.Http.Headers;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sellmetrics.Web.Tests.Security;

/// <summary>
/// The bodies the fuzz pass sends to a write endpoint: broken or mistyped JSON, wrong content types, hostile CSV, and,
/// for an endpoint whose request type is known, every string field at once (and each alone) carrying NUL, control
/// characters, broken Unicode or a megabyte.
/// </summary>
internal static class HostileBodies
{
    public const int Megabyte = 1024 * 1024;

    private static readonly string[] HostileStrings =
    [
        "\0",
        "name\0with NUL",
        "\u0001\u0008\u000b\u001b[31m\u007f\u0085",
        "line\r\nINFO forged log line",
        "\t=HYPERLINK(\"https://evil.example\")",
        new('A', Megabyte),
        new('\0', 64 * 1024),
    ];

    // JSON escapes a serializer would never write: a lone surrogate and an escaped NUL.
    private static readonly string[] RawHostileStrings = ["\"\\ud800\"", "\"x\\udfff\\u0000\""];

    /// <summary>Bodies that do not depend on the endpoint: structure, types and content types.</summary>
    public static IEnumerable<(string Label, Func<HttpContent?> Body)> Structural() =>
    [
        ("no body", () => null),
        ("empty JSON", () => Text(string.Empty, "application/json")),
        ("malformed JSON", () => Text("{\"name\": ", "application/json")),
        ("NUL byte in JSON", () => Text("{\"name\":\"x\"\0}", "application/json")),
        ("array for object", () => Text("[{\"name\":\"x\"}]", "application/json")),
        ("number for object", () => Text("42", "application/json")),
        ("string for object", () => Text("\"text\"", "application/json")),
        ("null for object", () => Text("null", "application/json")),
        ("deep nesting", () => Text(new string('[', 5000) + new string(']', 5000), "application/json")),
        ("huge JSON", () => Text($"{{\"x\":\"{new string('A', 2 * Megabyte)}\"}}", "application/json")),
        ("JSON as text/plain", () => Text("{\"name\":\"x\"}", "text/plain")),
        ("XML", () => Text("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><a>&e;</a>", "application/xml")),
        ("form", () => new FormUrlEncodedContent([new("name", "x\0y"), new("email", "a@b.c")])),
        ("multipart", () => new MultipartFormDataContent { { new StringContent("sku,unitCost,currency,effectiveFrom\nA\0,1,USD,2026-01-01\n"), "file", "costs.csv" } }),
        ("CSV with NUL", () => Text("sku,unitCost,currency,effectiveFrom\nA\0B,1,USD,2026-01-01\n", "text/csv")),
        ("CSV with a megabyte cell", () => Text($"sku,unitCost,currency,effectiveFrom\n{new string('S', Megabyte)},1,USD,2026-01-01\n", "text/csv")),
        ("CSV with an open quote", () => Text("sku,unitCost,currency,effectiveFrom\n\"SKU,1,USD,2026-01-01\n", "text/csv")),
        ("binary", () => new ByteArrayContent([0, 0xff, 0xfe, 0x00, 0xd8, 0x00, 0x80]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } }),
    ];

    /// <summary>Every string field of <paramref name="request"/> at once set to each hostile value, and each field mistyped.</summary>
    public static IEnumerable<(string Label, Func<HttpContent?> Body)> AllFields(Type request)
    {
        var fields = Fields(request);
        foreach (var (hostile, index) in HostileStrings.Select((value, index) => (value, index)))
        {
            yield return ($"every string field = hostile #{index}", () => Json(Body(fields, name => JsonValue.Create(hostile))));
        }

        foreach (var raw in RawHostileStrings)
        {
            yield return ($"every string field = {raw}", () => Text(RawBody(fields, raw), "application/json"));
        }

        yield return ("every field a number", () => Json(new JsonObject(fields.Select(f => KeyValuePair.Create(f.Name, (JsonNode?)JsonValue.Create(12345))))));
        yield return ("every field an array", () => Json(new JsonObject(fields.Select(f => KeyValuePair.Create(f.Name, (JsonNode?)new JsonArray("a", 1))))));
        yield return ("every field an object", () => Json(new JsonObject(fields.Select(f => KeyValuePair.Create(f.Name, (JsonNode?)new JsonObject { ["a"] = 1 })))));
        yield return ("every field a NUL string", () => Json(new JsonObject(fields.Select(f => KeyValuePair.Create(f.Name, (JsonNode?)JsonValue.Create("\0"))))));
    }

    /// <summary>One string field at a time hostile, the others plausible or absent, so each field's own check is reached.</summary>
    public static IEnumerable<(string Label, Func<HttpContent?> Body)> EachField(Type request, Func<string, string> plausible)
    {
        var fields = Fields(request);
        foreach (var target in fields.Where(field => field.IsString))
        {
            foreach (var hostile in (string[])["\0", "a\0b", "line\nbreak", "\u001b[2J"])
            {
                yield return ($"{target.Name} = {JsonSerializer.Serialize(hostile)}", () => Json(Body(fields, name =>
                    JsonValue.Create(name == target.Name ? hostile : plausible(name)))));
                // Alone too: a partial update (PATCH) changes only the fields it names.
                yield return ($"only {target.Name} = {JsonSerializer.Serialize(hostile)}", () => Json(new JsonObject { [target.Name] = hostile }));
            }
        }
    }

    private static JsonObject Body(IReadOnlyList<(string Name, Type Type, bool IsString)> fields, Func<string, JsonNode?> stringValue) =>
        new(fields.Select(field => KeyValuePair.Create(field.Name, field.IsString ? stringValue(field.Name) : Plausible(field.Type))));

    private static string RawBody(IReadOnlyList<(string Name, Type Type, bool IsString)> fields, string rawString) =>
        "{" + string.Join(",", fields.Select(field => $"\"{field.Name}\":{(field.IsString ? rawString : Plausible(field.Type)?.ToJsonString() ?? "null")}")) + "}";

    private static JsonNode? Plausible(Type type) => (Nullable.GetUnderlyingType(type) ?? type) switch
    {
        var t when t == typeof(decimal) || t == typeof(int) || t == typeof(long) || t == typeof(double) => JsonValue.Create(10),
        var t when t == typeof(bool) => JsonValue.Create(true),
        var t when t == typeof(DateOnly) => JsonValue.Create("2026-01-01"),
        var t when t == typeof(DateTimeOffset) || t == typeof(DateTime) => JsonValue.Create("2026-01-01T00:00:00Z"),
        var t when t == typeof(Guid) => JsonValue.Create(Guid.NewGuid()),
        _ => null,
    };

    private static List<(string Name, Type Type, bool IsString)> Fields(Type request) =>
        [.. request.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.CanRead && property.GetIndexParameters().Length == 0 && property.Name != "EqualityContract")
            .Select(property => (JsonNamingPolicy.CamelCase.ConvertName(property.Name), property.PropertyType, property.PropertyType == typeof(string)))];

    private static StringContent Json(JsonNode body) => Text(body.ToJsonString(), "application/json");

    private static StringContent Text(string text, string mediaType) => new(text, Encoding.UTF8, mediaType);
}
