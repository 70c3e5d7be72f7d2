using System.Net;
using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Walmart;

public sealed class WalmartAuthTests
{
    [Fact]
    public async Task TheTokenEndpointAnswersABearerTokenForFifteenMinutesMatchingTheModel()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        using var response = await WalmartCalls.TokenAsync(sandbox, await sandbox.DefaultSellerAsync());
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SpecSchemas.AssertValid(await SpecSchemas.WalmartAsync("authentication.json", "/v3/token", "post"), text);
        Assert.Equal(900, JsonDocument.Parse(text).RootElement.GetProperty("expires_in").GetInt32());
    }

    [Theory]
    [InlineData(false, true, "WM_SVC.NAME")]
    [InlineData(true, false, "WM_QOS.CORRELATION_ID")]
    public async Task TheTokenEndpointRequiresTheServiceNameAndCorrelationHeaders(bool serviceName, bool correlationId, string missing)
    {
        await using var sandbox = await SandboxApp.StartAsync();
        using var response = await WalmartCalls.TokenAsync(sandbox, await sandbox.DefaultSellerAsync(), serviceName, correlationId);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("errors")[0];

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("MISSING_REQUEST_HEADER.GMP_GATEWAY_API", error.GetProperty("code").GetString());
        Assert.Equal(missing, error.GetProperty("field").GetString());
    }

    [Fact]
    public async Task AWrongClientSecretIsUnauthorized()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        using var response = await WalmartCalls.TokenAsync(sandbox, await sandbox.DefaultSellerAsync(), secret: "wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task DataCallsNeedTheHeadersAndAnUnexpiredToken()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await WalmartCalls.AccessTokenAsync(sandbox, await sandbox.DefaultSellerAsync());

        using var withoutServiceName = await WalmartCalls.GetAsync(sandbox, token, "/v3/orders", withServiceName: false);
        using var fresh = await WalmartCalls.GetAsync(sandbox, token, "/v3/orders");
        sandbox.Clock.Advance(TimeSpan.FromSeconds(901));
        using var expired = await WalmartCalls.GetAsync(sandbox, token, "/v3/orders");
        using var bearer = await WalmartCalls.GetAsync(sandbox, "Bearer " + token, "/v3/orders");

        Assert.Equal(HttpStatusCode.BadRequest, withoutServiceName.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bearer.StatusCode);
    }

    [Fact]
    public async Task ThrottledCallsGet429WithWalmartsUsageHeaders()
    {
        await using var sandbox = await SandboxApp.StartAsync(settings: new Dictionary<string, string?> { ["Sandbox:WalmartBurst"] = "3", ["Sandbox:WalmartRequestsPerSecond"] = "0.5" });
        var token = await WalmartCalls.AccessTokenAsync(sandbox, await sandbox.DefaultSellerAsync());

        var responses = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            responses.Add(await WalmartCalls.GetAsync(sandbox, token, "/v3/items"));
        }

        using var throttled = responses[3];
        var error = JsonDocument.Parse(await throttled.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("errors")[0];
        Assert.All(responses.Take(3), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(["2", "1", "0"], responses.Take(3).Select(r => r.Headers.GetValues("X-Current-Token-Count").Single()));
        Assert.Equal(HttpStatusCode.TooManyRequests, throttled.StatusCode);
        Assert.Equal("REQUEST_THRESHOLD_VIOLATED.GMP_GATEWAY_API", error.GetProperty("code").GetString());
        Assert.True(throttled.Headers.Contains("X-Next-Replenishment-Time"));
        Assert.Equal(TimeSpan.FromSeconds(2), throttled.Headers.RetryAfter?.Delta);
        responses.ForEach(r => r.Dispose());
    }
}
