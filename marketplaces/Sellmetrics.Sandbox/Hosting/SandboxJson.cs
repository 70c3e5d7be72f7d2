using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;

namespace Sellmetrics.Sandbox.Hosting;

/// <summary>How the sandbox writes JSON: property names exactly as declared (the wire names), nulls left out.</summary>
internal static class SandboxJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = null,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>ISO 8601 in UTC with whole seconds, as Amazon writes dates.</summary>
    public static string Iso(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string? Iso(DateTimeOffset? instant) => instant is { } value ? Iso(value) : null;

    public static long EpochMilliseconds(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    public static IResult Json(object body, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Json(body, Options, "application/json", statusCode);
}
