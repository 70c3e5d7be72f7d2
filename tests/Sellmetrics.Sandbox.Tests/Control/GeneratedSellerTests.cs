using System.Net;
using System.Net.Http.Json;

namespace Sellmetrics.Sandbox.Tests.Control;

public sealed class GeneratedSellerTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("NA")]
    [InlineData("EU")]
    public async Task Seed9305GivesASeller(string region)
    {
        await using var sandbox = await SandboxApp.StartAsync();

        using var response = await sandbox.Http.PostAsJsonAsync("/sandbox/control/sellers", new { seed = 9305, region }, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("NA")]
    [InlineData("EU")]
    public async Task EverySeedOfARunGivesASeller(string region)
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var refused = new List<string>();

        for (var seed = 9200; seed < 9400; seed++)
        {
            using var response = await sandbox.Http.PostAsJsonAsync("/sandbox/control/sellers", new { seed, region }, Cancel);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                refused.Add($"{seed}: {(int)response.StatusCode}");
            }
        }

        Assert.Empty(refused);
    }
}
