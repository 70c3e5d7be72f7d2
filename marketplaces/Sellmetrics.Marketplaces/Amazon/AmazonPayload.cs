using System.Net;
using System.Text.Json.Serialization;

namespace Sellmetrics.Marketplaces.Amazon;

/// <summary>The v0 response envelope: <c>{"payload": …, "errors": […]}</c>.</summary>
internal sealed record AmazonPayload<T>(
    [property: JsonPropertyName("payload")] T? Payload,
    [property: JsonPropertyName("errors")] IReadOnlyList<AmazonError>? Errors)
    where T : class
{
    /// <summary>The payload of a successful answer; a 200 without one is a broken response, not an empty page.</summary>
    public T Require(string operation) =>
        Payload ?? throw new MarketplaceApiException("Amazon", operation, HttpStatusCode.OK, Errors?.FirstOrDefault()?.Code ?? "MissingPayload", null);
}
