using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sellmetrics.Sandbox.Tests.Control;

/// <summary>The control API hands out sellers' credentials and injects faults: only callers on this machine reach it.</summary>
public sealed class ControlAccessTests
{
    private const string RemoteAddressHeader = "X-Test-Remote-Address";

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("10.0.0.5")]
    [InlineData("2001:db8::1")]
    public async Task ACallerFromAnotherMachineGetsNotFoundFromEveryControlRoute(string remoteAddress)
    {
        await using var app = await StartAsync();
        using var http = Client(app, remoteAddress);

        using var seller = await http.GetAsync("/sandbox/control/sellers/default", TestContext.Current.CancellationToken);
        using var local = Client(app, remoteAddress: null);
        var sellerId = (await local.GetFromJsonAsync<JsonElement>("/sandbox/control/sellers/default", TestContext.Current.CancellationToken)).GetProperty("sellerId").GetString();
        using var truth = await http.GetAsync($"/sandbox/control/sellers/{sellerId}/truth?from=2026-06-01&to=2026-06-02", TestContext.Current.CancellationToken);
        using var faults = await http.PostAsync("/sandbox/control/faults", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);
        using var token = await http.PostAsync("/sandbox/amazon-auth/auth/o2/token", new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, seller.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, truth.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, faults.StatusCode);
        // The marketplace routes stand in for Amazon and answer anyone, as Amazon does.
        Assert.Equal(HttpStatusCode.BadRequest, token.StatusCode);
    }

    [Fact]
    public async Task ALoopbackCallerReachesTheControlRoutes()
    {
        await using var app = await StartAsync();
        using var http = Client(app, remoteAddress: null);

        using var seller = await http.GetAsync("/sandbox/control/sellers/default", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, seller.StatusCode);
    }

    // Real HTTP on loopback; a first middleware plays the network and sets the caller's address the header names.
    private static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddMarketplaceSandbox(builder.Configuration);
        var app = builder.Build();
        app.Use((http, next) =>
        {
            if (http.Request.Headers[RemoteAddressHeader].ToString() is { Length: > 0 } address)
            {
                http.Connection.RemoteIpAddress = IPAddress.Parse(address);
            }

            return next(http);
        });
        app.MapMarketplaceSandbox();
        await app.StartAsync(TestContext.Current.CancellationToken);
        return app;
    }

    private static HttpClient Client(WebApplication app, string? remoteAddress)
    {
        var http = new HttpClient { BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()) };
        if (remoteAddress is not null)
        {
            http.DefaultRequestHeaders.Add(RemoteAddressHeader, remoteAddress);
        }

        return http;
    }
}
