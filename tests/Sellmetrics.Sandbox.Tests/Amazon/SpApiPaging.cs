using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Amazon;

/// <summary>Follows an SP-API v0 list operation's <c>payload.NextToken</c> to the end, keeping each page's raw body.</summary>
public static class SpApiPaging
{
    public static async Task<IReadOnlyList<string>> AllPagesAsync(SandboxApp sandbox, string token, string pathAndQuery)
    {
        var pages = new List<string>();
        string? next = null;
        do
        {
            var url = next is null ? pathAndQuery : $"{pathAndQuery}&NextToken={Uri.EscapeDataString(next)}";
            var text = await PatientlyAsync(sandbox, token, url);
            pages.Add(text);
            using var json = JsonDocument.Parse(text);
            next = json.RootElement.GetProperty("payload").TryGetProperty("NextToken", out var t) ? t.GetString() : null;
        }
        while (next is not null && pages.Count < 500);

        return pages;
    }

    /// <summary>Waits out 429s the way a polite client would, by letting sandbox time pass (never real time).</summary>
    private static async Task<string> PatientlyAsync(SandboxApp sandbox, string token, string url)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var response = await sandbox.SpApiAsync(token, url);
            if (response.StatusCode != System.Net.HttpStatusCode.TooManyRequests || attempt == 10)
            {
                var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
                Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} from {url}: {text}");
                return text;
            }

            sandbox.Clock.Advance(TimeSpan.FromSeconds(61));
        }
    }

    public static IEnumerable<JsonElement> Items(IEnumerable<string> pages, Func<JsonElement, JsonElement> select) =>
        pages.SelectMany(p => select(JsonDocument.Parse(p).RootElement.GetProperty("payload")).EnumerateArray()).ToList();
}
