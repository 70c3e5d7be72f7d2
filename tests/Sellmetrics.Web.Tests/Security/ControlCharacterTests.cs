using System.Net;
using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Facts.Costs;
using Sellmetrics.Grains;
using Sellmetrics.Web.Security;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Security;

/// <summary>A NUL, a line break or broken Unicode in any stored string is a 400 problem that stores nothing (PostgreSQL refuses NUL: 22021).</summary>
public sealed class ControlCharacterTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private const string Marketplace = "ATVPDKIKX0DER";

    [Fact]
    public async Task EveryStoredNameWithANulOrControlCharacterIsRefusedWithA400AndNothingChanges()
    {
        var seller = await Seller.SignUpAsync(shared.App, "Nul");
        var before = await StateAsync(seller);
        var attacks = new (HttpMethod Method, string Path, HttpContent Body)[]
        {
            (HttpMethod.Patch, "/api/account", Json(new { displayName = "Evil\0Name" })),
            (HttpMethod.Patch, "/api/account", Json(new { displayName = "Forged\nINFO admin signed in" })),
            (HttpMethod.Patch, "/api/account", Raw("""{"displayName":"broken \ud800 unicode"}""")),
            (HttpMethod.Patch, "/api/account", Json(new { email = "nul\0@shop.test", password = seller.Password })),
            (HttpMethod.Post, "/api/recurring-costs", Json(Cost(name: "Rent\0"))),
            (HttpMethod.Post, "/api/recurring-costs", Json(Cost(category: "\u001b[31mred"))),
            (HttpMethod.Put, $"/api/products/{Marketplace}/{Uri.EscapeDataString("SKU\u0085NEL")}/cogs", Json(new { unitCost = 1m, currency = "USD", effectiveFrom = "2026-01-01" })),
            (HttpMethod.Post, "/api/products/cogs", new StringContent("sku,unitCost,currency,effectiveFrom\nA\0B,1,USD,2026-01-01\n", Encoding.UTF8, "text/csv")),
            (HttpMethod.Put, "/api/settings", Json(new { timeZone = "UTC\0" })),
            (HttpMethod.Put, "/api/connections/walmart", Json(new { clientId = "client\0id", clientSecret = "secret" })),
            (HttpMethod.Put, "/api/connections/amazon", Json(new { lwaClientId = "a\0", lwaClientSecret = "b", refreshToken = "c", sellerId = "A1\r\nB2", marketplaceId = Marketplace })),
        };

        foreach (var (method, path, body) in attacks)
        {
            var response = await seller.Browser.SendAsync(new HttpRequestMessage(method, path) { Content = body });
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        Assert.Equal(before, await StateAsync(seller));
    }

    [Fact]
    public async Task SigningUpOrInWithAControlCharacterIsA400()
    {
        using var anonymous = shared.App.CreateClient();
        var unique = Guid.NewGuid().ToString("N")[..8];

        var signUp = await anonymous.RegisterAsync($"new-{unique}@shop.test", $"Good-Password-{unique}", "New\0Seller");
        var signIn = await anonymous.LoginAsync($"nul\0{unique}@shop.test", "whatever password");

        Assert.Equal(HttpStatusCode.BadRequest, signUp.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.LoginAsync($"new-{unique}@shop.test", $"Good-Password-{unique}")).StatusCode);
    }

    [Fact]
    public async Task AValuePostgreSqlRefusesIsA400ProblemThatNamesNeitherTheValueNorTheDatabase()
    {
        var seller = await Seller.SignUpAsync(shared.App, "Bypass");
        var grains = shared.App.Services.GetRequiredService<IGrainFactory>();
        // The validators stop a NUL before any grain; a grain called past them shows what PostgreSQL answers, through Orleans.
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => grains.GetProductGrain(seller.TenantId, Marketplace, "A\0B")
            .SetUnitCostAsync(new CogsEntry("A\0B", 1m, "USD", new DateOnly(2026, 1, 1)), seller.UserId.ToString("N")));
        var http = new DefaultHttpContext { RequestServices = shared.App.Services };
        http.Response.Body = new MemoryStream();

        var handled = await shared.App.Services.GetServices<IExceptionHandler>().OfType<BadInputExceptionHandler>().Single()
            .TryHandleAsync(http, refused, TestContext.Current.CancellationToken);

        Assert.True(handled);
        Assert.Equal(StatusCodes.Status400BadRequest, http.Response.StatusCode);
        var problem = Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray());
        Assert.Contains("\"status\":400", problem, StringComparison.Ordinal);
        foreach (var detail in (string[])["22021", "UTF8", "0x00", "Npgsql", "Postgres", "cogs"])
        {
            Assert.DoesNotContain(detail, problem, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static object Cost(string name = "Rent", string category = "Office") =>
        new { name, category, amount = 10m, currency = "USD", frequency = "monthly", startDate = "2026-01-01" };

    private static StringContent Json(object body) => Raw(System.Text.Json.JsonSerializer.Serialize(body));

    private static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<string> StateAsync(Seller seller)
    {
        var state = new StringBuilder();
        foreach (var path in (string[])["/api/account", "/api/recurring-costs", "/api/connections", "/api/settings", "/api/products?from=2026-01-01&to=2026-12-31"])
        {
            state.AppendLine(await (await AppClient.EnsureOkAsync(await seller.Browser.GetAsync(path))).Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        return state.ToString();
    }
}
