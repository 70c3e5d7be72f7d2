using System.Globalization;
using Sellmetrics.Benchmarks;
using Sellmetrics.ImportBenchmark;

// End-to-end import benchmark: a fresh Sellmetrics at the given sandbox time scale; signs up, connects the default
// sandbox seller and times the import until it is complete.
var timeScale = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 60;
var historyDays = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 730;
await BenchmarkHost.RunAsync(
    $"import-benchmark-x{timeScale.ToString(CultureInfo.InvariantCulture)}.txt",
    ["--Sandbox:TimeScale", timeScale.ToString(CultureInfo.InvariantCulture), "--Sync:HistoryDays", historyDays.ToString(CultureInfo.InvariantCulture)],
    address => ImportRun.MeasureAsync(address, timeScale, historyDays));
