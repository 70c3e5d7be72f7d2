using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Sandbox.Tests;

/// <summary>The sandbox alone, on a loopback port over real HTTP, with a hand-moved clock.</summary>
public sealed class SandboxApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SandboxApp(WebApplication app, HttpClient http, ManualClock clock)
    {
        _app = app;
        Http = http;
        Clock = clock;
    }

    public HttpClient Http { get; }

    public ManualClock Clock { get; }

    public static async Task<SandboxApp> StartAsync(long seed = 42, double timeScale = 1, IDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sandbox:Seed"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Sandbox:TimeScale"] = timeScale.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var clock = new ManualClock();
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddMarketplaceSandbox(builder.Configuration);
        var app = builder.Build();
        app.MapMarketplaceSandbox();
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SandboxApp(app, new HttpClient { BaseAddress = new Uri(address) }, clock);
    }

    public async Task<SellerCredentials> DefaultSellerAsync() =>
        (await Http.GetFromJsonAsync<SellerCredentials>("/sandbox/control/sellers/default", TestContext.Current.CancellationToken))!;

    public async Task<SellerCredentials> CreateSellerAsync(long seed, string? region = null)
    {
        object body = region is null ? new { seed } : new { seed, region };
        using var response = await Http.PostAsJsonAsync("/sandbox/control/sellers", body, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SellerCredentials>(TestContext.Current.CancellationToken))!;
    }

    public async Task<SellerCredentials> CreateScriptedSellerAsync(object script)
    {
        using var response = await Http.PostAsJsonAsync("/sandbox/control/sellers/scripted", script, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} from the scripted seller: {text}");
        return System.Text.Json.JsonSerializer.Deserialize<SellerCredentials>(text, System.Text.Json.JsonSerializerOptions.Web)!;
    }

    public Task<HttpResponseMessage> RefreshAsync(SellerCredentials seller, string? clientSecret = null) =>
        Http.PostAsync("/sandbox/amazon-auth/auth/o2/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = seller.RefreshToken,
            ["client_id"] = seller.LwaClientId,
            ["client_secret"] = clientSecret ?? seller.LwaClientSecret,
        }), TestContext.Current.CancellationToken);

    public async Task<string> AmazonTokenAsync(SellerCredentials seller)
    {
        using var response = await RefreshAsync(seller);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>(TestContext.Current.CancellationToken);
        return body!["access_token"].ToString()!;
    }

    public async Task<HttpResponseMessage> SpApiAsync(string accessToken, string pathAndQuery, HttpMethod? method = null, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, "/sandbox/amazon" + pathAndQuery) { Content = content };
        request.Headers.Add("x-amz-access-token", accessToken);
        return await Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public async Task<string> SpApiTextAsync(string accessToken, string pathAndQuery)
    {
        using var response = await SpApiAsync(accessToken, pathAndQuery);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} from {pathAndQuery}: {text}");
        return text;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
