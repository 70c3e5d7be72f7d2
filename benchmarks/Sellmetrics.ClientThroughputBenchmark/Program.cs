using System.Globalization;
using Sellmetrics.ClientThroughputBenchmark;

// Client throughput: the SP-API calls per second one seller's client sustains against the sandbox once its bursts are
// spent, at each given sandbox time scale (default 1 and 60); prints the figures and writes them to client-throughput.txt.
double[] timeScales = args.Length > 0 ? [.. args.Select(a => double.Parse(a, CultureInfo.InvariantCulture))] : [1, 60];
var lines = new List<string>();
foreach (var timeScale in timeScales)
{
    await using var sandbox = await SandboxClients.StartAsync(timeScale);
    var line = await ThroughputRun.MeasureAsync(sandbox, seed: 700 + (long)timeScale);
    Console.WriteLine(line);
    lines.Add(line);
}

await File.WriteAllLinesAsync("client-throughput.txt", lines);
