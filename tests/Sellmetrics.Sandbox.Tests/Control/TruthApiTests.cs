using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sellmetrics.Sandbox.Tests.Walmart;

namespace Sellmetrics.Sandbox.Tests.Control;

public sealed class TruthApiTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AWalmartDaysTruthIsWhatTheOrdersApiSoldThroughEveryShipNodeType()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.DefaultSellerAsync();
        var token = await WalmartCalls.AccessTokenAsync(sandbox, seller);
        var day = DateOnly.FromDateTime(ManualClock.Start.UtcDateTime).AddDays(-20);
        var listed = new List<JsonElement>();
        foreach (var type in new[] { "SellerFulfilled", "WFSFulfilled", "3PLFulfilled" })
        {
            var query = string.Create(CultureInfo.InvariantCulture, $"/v3/orders?createdStartDate={day:yyyy-MM-dd}T00:00:00Z&createdEndDate={day:yyyy-MM-dd}T23:59:59Z&shipNodeType={type}&limit=200");
            listed.AddRange(JsonDocument.Parse(await WalmartCalls.TextAsync(sandbox, token, query)).RootElement
                .GetProperty("list").GetProperty("elements").GetProperty("order").EnumerateArray());
        }

        var truth = (await sandbox.Http.GetFromJsonAsync<JsonElement>(
            string.Create(CultureInfo.InvariantCulture, $"/sandbox/control/sellers/{seller.SellerId}/truth?from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}"), Cancel))
            .EnumerateArray().Where(r => r.GetProperty("marketplace").GetString() == "WALMART_US").ToList();

        var lines = listed.SelectMany(o => o.GetProperty("orderLines").GetProperty("orderLine").EnumerateArray())
            .Where(l => l.GetProperty("orderLineStatuses").GetProperty("orderLineStatus")[0].GetProperty("status").GetString() != "Cancelled").ToList();
        Assert.NotEmpty(lines);
        Assert.Equal(lines.Count, truth.Sum(r => r.GetProperty("units").GetInt32()));
        Assert.Equal(
            lines.Sum(l => l.GetProperty("charges").GetProperty("charge").EnumerateArray().Sum(c => c.GetProperty("chargeAmount").GetProperty("amount").GetDecimal())),
            truth.Sum(r => r.GetProperty("revenue").GetDecimal()));
    }

    [Theory]
    [InlineData("from=2026-06-10&to=2026-06-01")]
    [InlineData("from=2026-06-10")]
    [InlineData("from=2025-01-01&to=2026-06-01")]
    [InlineData("from=2026-06-01&to=2026-06-02&timeZone=Mars/Olympus")]
    public async Task ABadRangeOrZoneIsAValidationProblem(string query)
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.DefaultSellerAsync();

        using var response = await sandbox.Http.GetAsync($"/sandbox/control/sellers/{seller.SellerId}/truth?{query}", Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnUnknownSellerHasNoTruth()
    {
        await using var sandbox = await SandboxApp.StartAsync();

        using var response = await sandbox.Http.GetAsync("/sandbox/control/sellers/ANOSUCHSELLER1/truth?from=2026-06-01&to=2026-06-02", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
