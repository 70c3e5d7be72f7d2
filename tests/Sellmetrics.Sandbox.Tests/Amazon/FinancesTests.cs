using System.Net;
using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Amazon;

public sealed class FinancesTests
{
    [Fact]
    public async Task APostedBeforeLessThanTwoMinutesAgoIsInvalidInput()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        var tooLate = Uri.EscapeDataString(ManualClock.Start.AddSeconds(-90).ToString("O"));

        using var response = await sandbox.SpApiAsync(token, $"/finances/v0/financialEvents?PostedAfter=2026-06-01T00:00:00Z&PostedBefore={tooLate}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AWindowLongerThan180DaysIsAnsweredEmpty()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());

        var events = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, "/finances/v0/financialEvents?PostedAfter=2025-06-01T00:00:00Z&PostedBefore=2026-06-01T00:00:00Z"))
            .RootElement.GetProperty("payload").GetProperty("FinancialEvents");

        Assert.All(events.EnumerateObject(), list => Assert.Equal(0, list.Value.GetArrayLength()));
    }

    [Fact]
    public async Task ANextTokenFromAnotherQueryIsInvalidInput()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.DefaultSellerAsync());
        var next = JsonDocument.Parse(await sandbox.SpApiTextAsync(token, "/finances/v0/financialEvents?PostedAfter=2026-05-01T00:00:00Z&PostedBefore=2026-05-10T00:00:00Z"))
            .RootElement.GetProperty("payload").GetProperty("NextToken").GetString();

        using var response = await sandbox.SpApiAsync(token, $"/finances/v0/financialEvents?PostedAfter=2026-04-01T00:00:00Z&NextToken={Uri.EscapeDataString(next!)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
