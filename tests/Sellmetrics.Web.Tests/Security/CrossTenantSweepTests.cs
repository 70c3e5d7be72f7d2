using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Security;

public sealed partial class CrossTenantSweepTests(SharedApp shared) : IClassFixture<SharedApp>
{
    // Ends the caller's own session, so it is called last.
    private const string SignOutRoute = "/api/auth/logout";

    [Fact]
    public async Task EveryEndpointCalledAsOneSellerWithAnotherSellersIdsNeverReturnsTheOthersData()
    {
        var app = shared.App;
        var seller = await Seller.SignUpAsync(app, "Sweeper");
        var victim = await Seller.SignUpAsync(app, "Victim");
        var victimCost = $"Canary-Cost-{Guid.NewGuid():N}";
        var victimCostId = await victim.AddRecurringCostAsync(victimCost, "Canary", 1m, frequency: "daily");
        var canaries = victim.Traces.Append(victimCost).ToList();
        var calls = Endpoints(app)
            .OrderBy(call => call.Path == SignOutRoute)
            .ThenBy(call => call.Method == "DELETE")
            .ToList();

        var leaks = new List<string>();
        foreach (var (method, pattern) in calls)
        {
            var path = RouteParameter().Replace(pattern, match => Substitute(match.Groups[1].Value, victim, victimCostId));
            var response = await seller.Browser.SendJsonAsync(new HttpMethod(method), path, method is "GET" or "HEAD" ? null : HostileBody);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            leaks.AddRange(canaries.Where(trace => body.Contains(trace, StringComparison.OrdinalIgnoreCase)).Select(trace => $"{method} {path} -> {trace}"));
            if (method == "GET" && pattern.StartsWith("/api/admin", StringComparison.Ordinal))
            {
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{calls.Count} endpoint calls swept, {leaks.Count} canaries found");
        Assert.Contains(calls, call => call.Path == "/api/admin/tenants/{tenantId:guid}" && call.Method == "DELETE");
        Assert.Contains(calls, call => call.Path == "/api/account" && call.Method == "PATCH");
        Assert.Empty(leaks);
        Assert.Equal(HttpStatusCode.OK, (await victim.Browser.GetAsync("/api/account")).StatusCode);
        var costs = await AppClient.ReadAsync(await victim.Browser.GetAsync("/api/recurring-costs"));
        Assert.Equal(victimCost, Assert.Single(costs.EnumerateArray()).GetProperty("name").GetString());
    }

    private static IEnumerable<(string Method, string Path)> Endpoints(SellmetricsApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(method => (method, endpoint.RoutePattern.RawText!.TrimEnd('/'))));

    // A body every unsafe endpoint can bind: a wrong password and a valid-looking resource.
    private static readonly object HostileBody = new
    {
        password = "wrong password",
        name = "Overwritten",
        category = "x",
        amount = 1m,
        currency = "USD",
        frequency = "daily",
        startDate = "2026-01-01",
    };

    private static string Substitute(string parameter, Seller victim, Guid victimResourceId) => parameter.Split(':')[0] switch
    {
        "tenantId" => victim.TenantId.ToString(),
        "id" => victimResourceId.ToString(),
        _ => victim.UserId.ToString(),
    };

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex RouteParameter();
}
