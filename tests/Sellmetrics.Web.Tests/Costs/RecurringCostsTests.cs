using System.Net;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Costs;

public sealed class RecurringCostsTests(SharedApp shared) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task ASellerAddsChangesListsAndDeletesRecurringCosts()
    {
        var app = shared.App;
        var seller = await Seller.SignUpAsync(app, "Costly");

        var created = await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/recurring-costs", new
        {
            name = "Helium 10",
            category = "Software",
            amount = 99.00m,
            currency = "USD",
            frequency = "monthly",
            startDate = "2026-01-01",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await AppClient.ReadAsync(created)).GetProperty("id").GetGuid();
        Assert.Equal($"/api/recurring-costs/{id}", created.Headers.Location?.ToString());

        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, $"/api/recurring-costs/{id}", new
        {
            name = "Helium 10 Diamond",
            category = "Software",
            amount = 279.00m,
            currency = "USD",
            frequency = "monthly",
            startDate = "2026-01-01",
            endDate = "2026-12-31",
        }));
        var listed = await AppClient.ReadAsync(await seller.Browser.GetAsync("/api/recurring-costs"));
        var cost = Assert.Single(listed.EnumerateArray());
        Assert.Equal("Helium 10 Diamond", cost.GetProperty("name").GetString());
        Assert.Equal(279.00m, cost.GetProperty("amount").GetDecimal());
        Assert.Equal("2026-12-31", cost.GetProperty("endDate").GetString());

        Assert.Equal(HttpStatusCode.NoContent, (await seller.Browser.SendJsonAsync(HttpMethod.Delete, $"/api/recurring-costs/{id}")).StatusCode);
        Assert.Empty((await AppClient.ReadAsync(await seller.Browser.GetAsync("/api/recurring-costs"))).EnumerateArray());
    }

    [Fact]
    public async Task AnInvalidCostGetsAProblemForEveryFieldAndStoresNothing()
    {
        var app = shared.App;
        var seller = await Seller.SignUpAsync(app, "Sloppy");

        var response = await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/recurring-costs", new
        {
            name = "",
            category = "",
            amount = -5m,
            currency = "dollars",
            frequency = "hourly",
            startDate = "2026-02-01",
            endDate = "2026-01-01",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await AppClient.ReadAsync(response)).GetProperty("errors");
        Assert.All(["name", "category", "amount", "currency", "frequency", "endDate"], field => Assert.True(errors.TryGetProperty(field, out _), field));
        Assert.Empty((await AppClient.ReadAsync(await seller.Browser.GetAsync("/api/recurring-costs"))).EnumerateArray());
    }

    [Fact]
    public async Task OneSellerCannotChangeOrDeleteAnotherSellersCost()
    {
        var app = shared.App;
        var owner = await Seller.SignUpAsync(app, "Owner");
        var intruder = await Seller.SignUpAsync(app, "Intruder");
        var id = await owner.AddRecurringCostAsync("Warehouse rent", "Rent", 1200m, currency: "EUR");

        var replaced = await intruder.Browser.SendJsonAsync(HttpMethod.Put, $"/api/recurring-costs/{id}", new
        {
            name = "Hijacked",
            category = "Rent",
            amount = 1m,
            currency = "EUR",
            frequency = "monthly",
            startDate = "2026-01-01",
        });
        var deleted = await intruder.Browser.SendJsonAsync(HttpMethod.Delete, $"/api/recurring-costs/{id}");

        Assert.Equal(HttpStatusCode.NotFound, replaced.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, deleted.StatusCode);
        var cost = Assert.Single((await AppClient.ReadAsync(await owner.Browser.GetAsync("/api/recurring-costs"))).EnumerateArray());
        Assert.Equal("Warehouse rent", cost.GetProperty("name").GetString());
        Assert.Empty((await AppClient.ReadAsync(await intruder.Browser.GetAsync("/api/recurring-costs"))).EnumerateArray());
    }
}
