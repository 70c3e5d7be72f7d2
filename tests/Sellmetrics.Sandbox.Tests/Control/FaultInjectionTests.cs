using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Control;

public sealed class FaultInjectionTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InjectedFaultsThrottleFailAndGarbleTheNextCallsThenStop()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        using var inject = await sandbox.Http.PostAsJsonAsync("/sandbox/control/faults", new { throttleNext = 2, serverErrorNext = 1, malformedNext = 1 }, Cancel);
        const string Events = "/finances/v0/financialEvents?PostedAfter=2026-06-01T00:00:00Z";

        var statuses = new List<HttpStatusCode>();
        var bodies = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await sandbox.SpApiAsync(token, Events);
            statuses.Add(response.StatusCode);
            bodies.Add(await response.Content.ReadAsStringAsync(Cancel));
        }

        Assert.Equal(HttpStatusCode.OK, inject.StatusCode);
        Assert.Equal([HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK, HttpStatusCode.OK], statuses);
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(bodies[3]));
        using var fine = JsonDocument.Parse(bodies[4]);
    }

    [Fact]
    public async Task ClearingFaultsStopsAThrottleStorm()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        using var inject = await sandbox.Http.PostAsJsonAsync("/sandbox/control/faults", new { throttleRate = 1.0 }, Cancel);
        using var stormy = await sandbox.SpApiAsync(token, "/finances/v0/financialEvents?PostedAfter=2026-06-01T00:00:00Z");

        using var clear = await sandbox.Http.DeleteAsync("/sandbox/control/faults", Cancel);
        using var calm = await sandbox.SpApiAsync(token, "/finances/v0/financialEvents?PostedAfter=2026-06-01T00:00:00Z");

        Assert.Equal(HttpStatusCode.TooManyRequests, stormy.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, clear.StatusCode);
        Assert.Equal(HttpStatusCode.OK, calm.StatusCode);
    }

    [Fact]
    public async Task FaultsCanBeSetFromConfiguration()
    {
        await using var sandbox = await SandboxApp.StartAsync(settings: new Dictionary<string, string?> { ["Sandbox:Faults:ServerErrorNext"] = "1" });
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());

        using var failed = await sandbox.SpApiAsync(token, "/finances/v0/financialEvents?PostedAfter=2026-06-01T00:00:00Z");
        using var fine = await sandbox.SpApiAsync(token, "/finances/v0/financialEvents?PostedAfter=2026-06-01T00:00:00Z");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Fact]
    public async Task FaultsAlsoHitWalmartCallsButNeverTokenCalls()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.DefaultSellerAsync();
        using var inject = await sandbox.Http.PostAsJsonAsync("/sandbox/control/faults", new { serverErrorNext = 1 }, Cancel);

        var token = await Walmart.WalmartCalls.AccessTokenAsync(sandbox, seller);
        using var failed = await Walmart.WalmartCalls.GetAsync(sandbox, token, "/v3/items");
        using var fine = await Walmart.WalmartCalls.GetAsync(sandbox, token, "/v3/items");

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fine.StatusCode);
    }

    [Fact]
    public async Task ARevocationThroughTheFaultsEndpointOutlivesClearingTheFaults()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(11);
        using var inject = await sandbox.Http.PostAsJsonAsync("/sandbox/control/faults", new { revokedSellerIds = new[] { seller.SellerId } }, Cancel);
        using var clear = await sandbox.Http.DeleteAsync("/sandbox/control/faults", Cancel);

        using var refresh = await sandbox.RefreshAsync(seller);
        var current = await sandbox.Http.GetFromJsonAsync<JsonElement>("/sandbox/control/faults", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal(seller.SellerId, current.GetProperty("revokedSellerIds")[0].GetString());
    }
}
