using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Security;

/// <summary>
/// Every write endpoint the app maps (read from its <see cref="EndpointDataSource"/>, so new ones are covered without
/// editing this test) gets hostile bodies from a signed-in seller and from an anonymous client: none may answer a 5xx,
/// and none may change what the seller has.
/// </summary>
public sealed partial class WriteEndpointFuzzTests(FuzzedApp shared) : IClassFixture<FuzzedApp>
{
    private const string Marketplace = "ATVPDKIKX0DER";
    private const string Sku = "FUZZ-SKU-1";
    // Ends the caller's session whatever the body, so it comes last.
    private const string SignOutRoute = "/api/auth/logout";
    private static readonly string[] WriteMethods = [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete];

    [Fact]
    public async Task EveryWriteEndpointAnswersHostileBodiesWithoutA5xxAndChangesNothing()
    {
        var app = shared.App;
        var seller = await Seller.SignUpAsync(app, "Fuzzed");
        var costId = await SetUpAsync(seller);
        using var observer = app.CreateClient();
        await AppClient.EnsureOkAsync(await observer.LoginAsync(seller.Email, seller.Password));
        var before = await SnapshotAsync(app, observer);
        using var anonymous = app.CreateClient();
        await anonymous.SessionAsync();
        var endpoints = WriteEndpoints(app).OrderBy(endpoint => endpoint.Pattern == SignOutRoute).ToList();

        var failures = new List<string>();
        var sent = 0;
        foreach (var (method, pattern, request) in endpoints)
        {
            // An endpoint that reads no body acts on its route alone, so it gets ids of nothing; one with a body, the seller's own.
            var path = RouteParameter().Replace(pattern, match => Substitute(match.Groups[1].Value.Split(':')[0], seller, request is null ? Guid.NewGuid() : costId));
            var bodies = HostileBodies.Structural().ToList();
            if (request is not null)
            {
                bodies.AddRange(HostileBodies.AllFields(request));
            }

            foreach (var (client, who) in new[] { (seller.Browser, "seller"), (anonymous, "anonymous") })
            {
                var own = who == "seller" && request is not null && !pattern.StartsWith("/api/auth/", StringComparison.Ordinal)
                    ? HostileBodies.EachField(request, name => Plausible(name, seller))
                    : [];
                foreach (var (label, body) in bodies.Concat(own))
                {
                    var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = body() });
                    sent++;
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{who} {method} {path} [{label}] -> {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
                    }
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{endpoints.Count} write endpoints, {sent} hostile requests, {failures.Count} 5xx");
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "/api/recurring-costs/{id:guid}" && endpoint.Method == HttpMethods.Put && endpoint.Request is not null);
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "/api/products/cogs");
        Assert.Contains(endpoints, endpoint => endpoint.Pattern == "/api/auth/register");
        Assert.Empty(failures);
        Assert.Equal(before, await SnapshotAsync(app, observer));
        Assert.DoesNotContain(app.Logs.Lines, line => line.StartsWith("Error Microsoft.AspNetCore.Diagnostics", StringComparison.Ordinal));
    }

    private static async Task<Guid> SetUpAsync(Seller seller)
    {
        var costId = await seller.AddRecurringCostAsync("Warehouse", "Rent", 310m);
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, $"/api/products/{Marketplace}/{Sku}/cogs", new { unitCost = 4.25m, currency = "USD", effectiveFrom = "2026-01-01" }));
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/settings", new { timeZone = "Europe/Berlin" }));
        return costId;
    }

    /// <summary>What the seller has, read through the API, and who has an account.</summary>
    private static async Task<string> SnapshotAsync(SellmetricsApp app, AppClient observer)
    {
        var state = new StringBuilder();
        foreach (var path in (string[])["/api/account", "/api/recurring-costs", "/api/connections", "/api/settings", "/api/products?from=2026-01-01&to=2026-12-31"])
        {
            state.AppendLine(await (await AppClient.EnsureOkAsync(await observer.GetAsync(path))).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        await using var database = app.OpenDatabase();
        state.AppendLine(string.Join(",", await database.ListAsync<string>("SELECT email FROM identity.users ORDER BY email")));
        return state.ToString();
    }

    private static IEnumerable<(string Method, string Pattern, Type? Request)> WriteEndpoints(SellmetricsApp app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
                .Where(method => WriteMethods.Contains(method, StringComparer.OrdinalIgnoreCase))
                .Select(method => (method, endpoint.RoutePattern.RawText!.TrimEnd('/') is { Length: > 0 } path ? path : "/",
                    endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType)));

    private static string Substitute(string parameter, Seller seller, Guid id) => parameter switch
    {
        "tenantId" => seller.TenantId.ToString(),
        "marketplaceId" => Marketplace,
        "sku" => Sku,
        _ => id.ToString(),
    };

    private static string Plausible(string field, Seller seller) => field switch
    {
        "email" => seller.Email,
        "name" => "Plausible name",
        "category" => "Office",
        "currency" => "USD",
        "frequency" => "monthly",
        "timeZone" => "UTC",
        "marketplaceId" => Marketplace,
        "code" => "123456",
        _ => "Plausible-Value-1234",
    };

    [GeneratedRegex(@"\{([^}]+)\}")]
    private static partial Regex RouteParameter();
}
