using System.Diagnostics;
using Sellmetrics.Testing;

namespace Sellmetrics.Web.Tests.Dashboard;

/// <summary>The dashboard's own JavaScript unit tests (node's test runner over <c>web/Sellmetrics.Web/tests-js</c>).</summary>
public sealed class JavaScriptUnitTests
{
    [Fact]
    public async Task TheDashboardsJavaScriptUnitTestsPass()
    {
        var start = new ProcessStartInfo("node", ["--test", "tests-js/"])
        {
            WorkingDirectory = Path.Combine(RepositoryRoot.Path, "web", "Sellmetrics.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = node.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await node.WaitForExitAsync(TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine(await output);
        Assert.True(node.ExitCode == 0, $"node --test exited with {node.ExitCode}:\n{await output}\n{await errors}");
        Assert.Contains("# fail 0", await output, StringComparison.Ordinal);
    }
}
