using System.Net;
using System.Text.Json;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Security;

/// <summary>
/// A request record whose fields break their rules is refused by the framework's validation before the handler runs: a 400
/// RFC 9457 validation problem whose errors are keyed by the JSON field names the pages show them under, with the same texts.
/// </summary>
public sealed class RequestValidationTests(SharedApp shared) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task EveryBrokenFieldOfAConnectionRequestIsNamedUnderItsJsonName()
    {
        var seller = await Seller.SignUpAsync(shared.App, "Validated");

        var amazon = await ErrorsAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/connections/amazon", new
        {
            lwaClientId = "",
            lwaClientSecret = new string('x', 2049),
            refreshToken = "token\u0000",
            sellerId = "not a seller id",
            marketplaceIds = new[] { "ATVPDKIKX0DER", "A1F83G8C2ARO7P" },
        }));
        var walmart = await ErrorsAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/connections/walmart", new { clientId = " " }));

        Assert.Equal(["lwaClientId", "lwaClientSecret", "marketplaceIds", "refreshToken", "sellerId"], Names(amazon));
        Assert.Equal(["Required."], Messages(amazon, "lwaClientId"));
        Assert.Equal(["At most 2048 characters."], Messages(amazon, "lwaClientSecret"));
        Assert.Equal(["One to 25 ids of Amazon marketplaces, all of one region."], Messages(amazon, "marketplaceIds"));
        Assert.Equal(["clientId", "clientSecret"], Names(walmart));
        Assert.Equal(["Required."], Messages(walmart, "clientSecret"));
        Assert.Empty((await ConnectionsAsync(seller)).EnumerateArray());
    }

    [Fact]
    public async Task ARecurringCostASettingAndAnAccountChangeAreCheckedFieldByField()
    {
        var seller = await Seller.SignUpAsync(shared.App, "Checked");

        var cost = await ErrorsAsync(await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/recurring-costs", new
        {
            name = "Rent",
            category = "Office",
            amount = 10m,
            currency = "USD",
            frequency = "hourly",
            startDate = "2026-01-01",
        }));
        var zone = await ErrorsAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/settings", new { timeZone = "  " }));
        var unknownZone = await ErrorsAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/settings", new { timeZone = "Mars/Olympus_Mons" }));
        var nothing = await ErrorsAsync(await seller.Browser.SendJsonAsync(HttpMethod.Patch, "/api/account", new { }));
        var emailWithoutPassword = await ErrorsAsync(await seller.Browser.SendJsonAsync(HttpMethod.Patch, "/api/account", new { email = "new@example.com" }));

        Assert.Equal(["frequency"], Names(cost));
        Assert.Equal(["Choose daily, weekly, monthly or yearly."], Messages(cost, "frequency"));
        Assert.Equal(["An IANA time zone such as America/Los_Angeles."], Messages(zone, "timeZone"));
        Assert.Equal(["An IANA time zone such as America/Los_Angeles."], Messages(unknownZone, "timeZone"));
        Assert.Equal(["Nothing to change."], Messages(nothing, "account"));
        Assert.Equal(["password"], Names(emailWithoutPassword));
        Assert.Empty((await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await seller.Browser.GetAsync("/api/recurring-costs")))).EnumerateArray());
    }

    [Fact]
    public async Task SigningInOrUpWithBrokenFieldsIsRefusedBeforeAnyAccountIsAsked()
    {
        using var browser = new AppClient(shared.App.Address);

        var signIn = await ErrorsAsync(await browser.LoginAsync("someone\u0000@example.com", "a password long enough"));
        var hugePassword = await ErrorsAsync(await browser.LoginAsync("someone@example.com", new string('p', 1_000_000)));
        var signUp = await ErrorsAsync(await browser.SendJsonAsync(HttpMethod.Post, "/api/auth/register", new
        {
            email = "not an email",
            displayName = "",
            password = "short",
            confirmAdult = false,
        }));

        Assert.Equal(["credentials"], Names(signIn));
        Assert.Equal(["Enter your email and password."], Messages(signIn, "credentials"));
        Assert.Equal(["Enter your email and password."], Messages(hugePassword, "credentials"));
        Assert.Equal(["confirmAdult", "displayName", "email", "password"], Names(signUp));
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await AppClient.ReadAsync(response);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        return problem.GetProperty("errors");
    }

    private static async Task<JsonElement> ConnectionsAsync(Seller seller) =>
        await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await seller.Browser.GetAsync("/api/connections")));

    private static string[] Names(JsonElement errors) => [.. errors.EnumerateObject().Select(error => error.Name).Order(StringComparer.Ordinal)];

    private static string[] Messages(JsonElement errors, string field) => [.. errors.GetProperty(field).EnumerateArray().Select(message => message.GetString()!)];
}
