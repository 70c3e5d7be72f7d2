using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sellmetrics.Marketplaces.Auth;

/// <summary>The OAuth 2 error body <c>{"error","error_description"}</c>.</summary>
internal sealed record OAuthErrorResponse(
    [property: JsonPropertyName("error")] string? Error,
    [property: JsonPropertyName("error_description")] string? ErrorDescription)
{
    public static async Task<OAuthErrorResponse?> TryReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<OAuthErrorResponse>(cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }
}
