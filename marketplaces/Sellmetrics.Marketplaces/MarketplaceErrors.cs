using System.Text.Json;

namespace Sellmetrics.Marketplaces;

/// <summary>Reads the first error code of an error body: SP-API and Walmart <c>{"errors":[{"code":…}]}</c>, Walmart XML-shaped JSON, or OAuth <c>error</c>.</summary>
internal static class MarketplaceErrors
{
    public static async Task<string?> FirstCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        FirstCode(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));

    public static string? FirstCode(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty("errors", out var errors))
            {
                var first = errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0 ? errors[0]
                    : errors.ValueKind == JsonValueKind.Object && errors.TryGetProperty("error", out var inner) ? inner
                    : default;
                if (first.ValueKind == JsonValueKind.Array && first.GetArrayLength() > 0)
                {
                    first = first[0];
                }

                return first.ValueKind == JsonValueKind.Object && first.TryGetProperty("code", out var code) ? code.GetString() : null;
            }

            return root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String ? error.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
