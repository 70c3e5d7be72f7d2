using System.Text.Json;

namespace Sellmetrics.ImportBenchmark;

/// <summary>A signed-in seller's HTTP client: keeps the session cookie and echoes the CSRF token, as the dashboard does.</summary>
internal sealed class Browser(Uri address) : IDisposable
{
    private readonly Dictionary<string, string> _cookies = [];
    private readonly HttpClient _http = new(new HttpClientHandler { UseCookies = false }) { BaseAddress = address };

    public async Task SignUpAsync()
    {
        (await SendAsync(HttpMethod.Get, "/api/auth/session")).EnsureSuccessStatusCode();
        var unique = Guid.NewGuid().ToString("N")[..12];
        (await SendAsync(HttpMethod.Post, "/api/auth/register", new
        {
            email = $"benchmark-{unique}@shop.test",
            displayName = "Benchmark",
            password = $"Benchmark-{unique}",
            confirmAdult = true,
        })).EnsureSuccessStatusCode();
    }

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        if (_cookies.TryGetValue("XSRF-TOKEN", out var token))
        {
            request.Headers.Add("X-XSRF-TOKEN", token);
        }

        var response = await _http.SendAsync(request);
        foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = cookie.Split(';', 2)[0].Split('=', 2);
            _cookies[pair[0]] = pair[1];
        }

        return response;
    }

    public void Dispose() => _http.Dispose();
}
