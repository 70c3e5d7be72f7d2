using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sellmetrics.Web.Tests.Infrastructure;

/// <summary>
/// A browser-like client: keeps cookies (including Secure ones, which .NET's cookie container
/// would not send over plain HTTP), and echoes the XSRF-TOKEN cookie in X-XSRF-TOKEN on unsafe
/// requests as the dashboard's JavaScript does.
/// </summary>
public sealed class AppClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public AppClient(Uri address, string? forwardedFor = null)
    {
        _http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = address };
        ForwardedFor = forwardedFor;
    }

    public string? ForwardedFor { get; }

    public IReadOnlyDictionary<string, string> Cookies => _cookies;

    /// <summary>Whether unsafe requests carry the CSRF header (tests of the CSRF defence turn it off).</summary>
    public bool SendCsrfHeader { get; set; } = true;

    public void SetCookie(string name, string value) => _cookies[name] = value;

    /// <summary>Another client holding copies of these cookies, as someone who copied them out of a browser would.</summary>
    public static AppClient WithCookies(Uri address, IReadOnlyDictionary<string, string> cookies)
    {
        var copy = new AppClient(address);
        foreach (var cookie in cookies)
        {
            copy.SetCookie(cookie.Key, cookie.Value);
        }

        return copy;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(new HttpRequestMessage(HttpMethod.Get, path));

    public Task<HttpResponseMessage> SendJsonAsync(HttpMethod method, string path, object? body = null) =>
        SendAsync(new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) });

    public async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(cookie => $"{cookie.Key}={cookie.Value}")));
        }

        if (SendCsrfHeader && request.Method != HttpMethod.Get && _cookies.TryGetValue("XSRF-TOKEN", out var token))
        {
            request.Headers.Add("X-XSRF-TOKEN", token);
        }

        var response = await _http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            foreach (var setCookie in setCookies)
            {
                Remember(setCookie);
            }
        }

        return response;
    }

    /// <summary>Fetches the session (and with it a CSRF token), as a page does when it loads.</summary>
    public async Task<JsonElement> SessionAsync() => await ReadAsync(await GetAsync("/api/auth/session"));

    public async Task<HttpResponseMessage> RegisterAsync(string email, string password, string displayName = "Seller")
    {
        await SessionAsync();
        return await SendJsonAsync(HttpMethod.Post, "/api/auth/register", new { email, displayName, password, confirmAdult = true });
    }

    public async Task<HttpResponseMessage> LoginAsync(string email, string password, string? code = null)
    {
        await SessionAsync();
        return await SendJsonAsync(HttpMethod.Post, "/api/auth/login", new { email, password, code });
    }

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => _http.Dispose();

    private void Remember(string setCookie)
    {
        var pair = setCookie.Split(';', 2)[0];
        var separator = pair.IndexOf('=', StringComparison.Ordinal);
        var name = pair[..separator];
        var value = pair[(separator + 1)..];
        var expired = setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase) || value.Length == 0;
        if (expired)
        {
            _cookies.Remove(name);
        }
        else
        {
            _cookies[name] = value;
        }
    }

    /// <summary>True when the response is a success; otherwise fails the test with the body.</summary>
    public static async Task<HttpResponseMessage> EnsureOkAsync(HttpResponseMessage response)
    {
        if (response.StatusCode is < HttpStatusCode.OK or >= HttpStatusCode.Ambiguous)
        {
            Assert.Fail($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return response;
    }
}
