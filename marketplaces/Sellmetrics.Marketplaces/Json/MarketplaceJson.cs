using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sellmetrics.Marketplaces.Json;

/// <summary>Serializer settings for marketplace wire formats: property names are the exact wire names.</summary>
public static class MarketplaceJson
{
    /// <summary>Property names as declared (the SP-API v0 models use PascalCase on the wire).</summary>
    public static JsonSerializerOptions Exact { get; } = Create(namingPolicy: null);

    /// <summary>camelCase property names (SP-API 2021+ models, Walmart).</summary>
    public static JsonSerializerOptions CamelCase { get; } = Create(JsonNamingPolicy.CamelCase);

    private static JsonSerializerOptions Create(JsonNamingPolicy? namingPolicy)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = namingPolicy,
            PropertyNameCaseInsensitive = false,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Orders' Money.Amount and Walmart quantities are decimal numbers written as strings.
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
