namespace Sellmetrics.Sandbox.Tests.Walmart;

public sealed class WalmartModelTests
{
    [Fact]
    public async Task TheAvailableReconDatesMatchTheReportsModel()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await WalmartCalls.AccessTokenAsync(sandbox, await sandbox.DefaultSellerAsync());

        var dates = await WalmartCalls.TextAsync(sandbox, token, "/v3/report/reconreport/availableReconFiles?reportVersion=v1");

        SpecSchemas.AssertValid(await SpecSchemas.WalmartAsync("reports.json", "/v3/report/reconreport/availableReconFiles"), dates);
    }
}
