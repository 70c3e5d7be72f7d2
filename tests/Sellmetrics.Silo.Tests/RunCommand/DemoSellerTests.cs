using System.Diagnostics;
using System.Net.Http.Json;
using System.Runtime.Versioning;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sellmetrics.Testing;

namespace Sellmetrics.Silo.Tests.RunCommand;

/// <summary>
/// The run command's demo seller: printed at start (its password only as a file, never in the output), connected to the
/// sandbox, numbers within a minute, and a real P&amp;L: a unit cost on every product, two recurring costs, product titles.
/// </summary>
public sealed partial class DemoSellerTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly WorkingDirectory _workingDirectory = new("demo");

    [Fact]
    [SupportedOSPlatform("linux")]
    public async Task TheRunCommandPrintsADemoSellerWhoseSandboxBusinessShowsWithinAMinute()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var silo = SiloProcess.Start(_workingDirectory.Path);
        var started = Stopwatch.StartNew();
        await silo.WaitUntilReadyAsync(Patience, cancellation);
        var (email, passwordFile) = await WaitForDemoLoginAsync(silo, cancellation);
        var password = (await File.ReadAllTextAsync(passwordFile, cancellation)).Trim();

        using var browser = new CookieClient(silo.BaseAddress);
        await browser.SendAsync(HttpMethod.Get, "/api/auth/session", null, cancellation);
        using var login = await browser.SendAsync(HttpMethod.Post, "/api/auth/login", new { email, password }, cancellation);
        Assert.True(login.IsSuccessStatusCode, $"demo sign-in: {login.StatusCode}");
        var connections = await browser.GetJsonAsync("/api/connections", cancellation);
        await WaitForRevenueAsync(browser, cancellation);
        TestContext.Current.TestOutputHelper?.WriteLine($"the demo seller had revenue {started.Elapsed.TotalSeconds:F1} s after the run command started");
        var products = await WaitForTitledProductsAsync(browser, cancellation);
        TestContext.Current.TestOutputHelper?.WriteLine($"every Amazon product had its title {started.Elapsed.TotalSeconds:F1} s after the run command started");
        var costs = await browser.GetJsonAsync("/api/recurring-costs", cancellation);

        Assert.All(products, p => Assert.True(p.GetProperty("unitCost").ValueKind == JsonValueKind.Number && p.GetProperty("unitCost").GetDecimal() > 0, $"no unit cost: {p}"));
        // The demo's unit costs are 25–45 % of the sandbox's list price, so cost of goods is a real share of revenue.
        Assert.All(products.Where(p => p.GetProperty("units").GetInt32() > 0), p => Assert.InRange(
            p.GetProperty("cogs").GetDecimal() / p.GetProperty("revenue").GetDecimal(), 0.15m, 0.60m));
        Assert.Equal(["monthly", "yearly"], costs.EnumerateArray().Select(c => c.GetProperty("frequency").GetString()).Order());
        Assert.Equal(["amazon", "walmart"], connections.EnumerateArray().Select(c => c.GetProperty("marketplace").GetString()).Order());
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_workingDirectory.DataFile("demo.password")));
        Assert.Equal(Path.GetFullPath(_workingDirectory.DataFile("demo.password")), Path.GetFullPath(passwordFile));
        Assert.Equal(0, await silo.StopAsync(Patience));
        Assert.DoesNotContain(password, silo.Output, StringComparison.Ordinal);
    }

    public void Dispose() => _workingDirectory.Dispose();

    private static async Task<(string Email, string PasswordFile)> WaitForDemoLoginAsync(SiloProcess silo, CancellationToken cancellation)
    {
        var match = await Eventually.ReturnsAsync(
            () => Task.FromResult(DemoLogin().Match(silo.Output)), m => m.Success, Patience, _ => $"no demo login printed:\n{silo.Output}", cancellation);
        return (match.Groups["email"].Value, match.Groups["file"].Value);
    }

    private static async Task WaitForRevenueAsync(CookieClient browser, CancellationToken cancellation)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var path = $"/api/profit/summary?from={today.AddDays(-29):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        await Eventually.ReturnsAsync(
            () => browser.GetJsonAsync(path, cancellation),
            summary => summary.GetProperty("totals").EnumerateArray().Any(t => t.GetProperty("revenue").GetDecimal() > 0),
            Patience, summary => $"the demo seller still has no revenue: {summary}", cancellation);
    }

    private static async Task<List<JsonElement>> WaitForTitledProductsAsync(CookieClient browser, CancellationToken cancellation)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var path = $"/api/products?from={today.AddDays(-29):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
        return await Eventually.ReturnsAsync(
            async () => (await browser.GetJsonAsync(path, cancellation)).EnumerateArray().ToList(),
            products => Amazon(products) is { Count: > 0 } amazon
                && amazon.All(p => p.GetProperty("title").GetString() is { Length: > 0 } title && title != p.GetProperty("sku").GetString()),
            Patience, products => $"Amazon products still without titles: {string.Join(", ", Amazon(products).Select(p => p.GetProperty("sku").GetString()))}", cancellation);

        static List<JsonElement> Amazon(List<JsonElement> products) => [.. products.Where(p => p.GetProperty("marketplaceId").GetString() == "ATVPDKIKX0DER")];
    }

    [GeneratedRegex(@"email\s+(?<email>\S+@\S+)\s+password in (?<file>\S+)")]
    private static partial Regex DemoLogin();

    /// <summary>Just enough of a browser: keeps cookies (the session one is Secure, which HttpClient would not send over http) and echoes the CSRF token.</summary>
    private sealed class CookieClient(Uri address) : IDisposable
    {
        private readonly HttpClient _http = new(new HttpClientHandler { UseCookies = false }) { BaseAddress = address };
        private readonly Dictionary<string, string> _cookies = [];

        public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellation)
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

            var response = await _http.SendAsync(request, cancellation);
            foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var pair = cookie.Split(';')[0].Split('=', 2);
                _cookies[pair[0]] = pair[1];
            }

            return response;
        }

        public async Task<JsonElement> GetJsonAsync(string path, CancellationToken cancellation)
        {
            using var response = await SendAsync(HttpMethod.Get, path, null, cancellation);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadFromJsonAsync<JsonElement>(cancellation);
        }

        public void Dispose() => _http.Dispose();
    }
}
