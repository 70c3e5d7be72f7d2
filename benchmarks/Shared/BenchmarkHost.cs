using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Sellmetrics.Silo.Hosting;

namespace Sellmetrics.Benchmarks;

/// <summary>
/// A fresh Sellmetrics for one end-to-end benchmark: embedded PostgreSQL in a temporary folder (removed afterwards), the
/// sandbox mounted, no demo seller, warnings-only logs; the measurement's report is printed and written to a file.
/// </summary>
public static class BenchmarkHost
{
    public static async Task RunAsync(string reportFile, IEnumerable<string> settings, Func<Uri, Task<string>> measure)
    {
        // Not created here: the embedded server makes its folder itself and hands it to its own account.
        var folder = new DirectoryInfo(Path.Combine(Path.GetTempPath(), $"sellmetrics-benchmark-{Guid.NewGuid():N}"));
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        try
        {
            await using var app = await SellmetricsHost.BuildAsync(
            [
                "--urls", address.ToString(),
                "--Storage:DataDirectory", folder.FullName,
                "--Sandbox:Enabled", "true",
                "--Demo:Enabled", "false",
                "--Orleans:SiloPort", FreePort().ToString(CultureInfo.InvariantCulture),
                "--Orleans:GatewayPort", "0",
                "--Logging:LogLevel:Default", "Warning",
                .. settings,
            ]);
            await app.StartAsync();
            var report = await measure(address);
            Console.WriteLine(report);
            await File.WriteAllTextAsync(reportFile, report);
            await app.StopAsync();
        }
        finally
        {
            if (folder.Exists)
            {
                folder.Delete(recursive: true);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
