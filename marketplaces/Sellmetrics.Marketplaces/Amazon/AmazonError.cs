using System.Text.Json.Serialization;

namespace Sellmetrics.Marketplaces.Amazon;

/// <summary>One entry of the SP-API error list <c>{"errors":[{"code","message","details"}]}</c>.</summary>
public sealed record AmazonError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message,
    [property: JsonPropertyName("details")] string? Details);
