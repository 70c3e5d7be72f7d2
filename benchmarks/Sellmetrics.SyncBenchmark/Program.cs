using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Sellmetrics.Silo.Hosting;
using Sellmetrics.SyncBenchmark;

// End-to-end import benchmark: a fresh Sellmetrics (embedded PostgreSQL in a temporary folder, sandbox mounted) at the
// given sandbox time scale; signs up, connects the default sandbox seller and times the import until it is complete.
var timeScale = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 60;
var historyDays = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 730;
// Not created here: the embedded server makes its folder itself and hands it to its own account.
var folder = new DirectoryInfo(Path.Combine(Path.GetTempPath(), $"sellmetrics-sync-benchmark-{Guid.NewGuid():N}"));
var address = new Uri($"http://127.0.0.1:{FreePort()}");
try
{
    await using var app = await SellmetricsHost.BuildAsync(
    [
        "--urls", address.ToString(),
        "--Storage:DataDirectory", folder.FullName,
        "--Sandbox:Enabled", "true",
        "--Sandbox:TimeScale", timeScale.ToString(CultureInfo.InvariantCulture),
        "--Sync:HistoryDays", historyDays.ToString(CultureInfo.InvariantCulture),
        "--Orleans:SiloPort", FreePort().ToString(CultureInfo.InvariantCulture),
        "--Orleans:GatewayPort", "0",
        "--Logging:LogLevel:Default", "Warning",
    ]);
    await app.StartAsync();
    var report = await ImportRun.MeasureAsync(address, timeScale, historyDays);
    Console.WriteLine(report);
    await File.WriteAllTextAsync($"sync-benchmark-x{timeScale.ToString(CultureInfo.InvariantCulture)}.txt", report);
    await app.StopAsync();
}
finally
{
    if (folder.Exists)
    {
        folder.Delete(recursive: true);
    }
}

static int FreePort()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return ((IPEndPoint)listener.LocalEndpoint).Port;
}
