using System.Text.Json.Serialization;

namespace Sellmetrics.Marketplaces.Amazon.Auth;

internal sealed record LwaTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("refresh_token")] string? RefreshToken)
{
    public override string ToString() => $"LwaTokenResponse {{ TokenType = {TokenType}, ExpiresIn = {ExpiresIn} }}";
}
