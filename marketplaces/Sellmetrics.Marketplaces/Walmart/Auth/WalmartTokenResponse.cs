using System.Text.Json.Serialization;

namespace Sellmetrics.Marketplaces.Walmart.Auth;

internal sealed record WalmartTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn)
{
    public override string ToString() => $"WalmartTokenResponse {{ TokenType = {TokenType}, ExpiresIn = {ExpiresIn} }}";
}
