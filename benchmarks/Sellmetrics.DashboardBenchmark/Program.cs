using System.Globalization;
using Sellmetrics.Benchmarks;
using Sellmetrics.DashboardBenchmark;

// End-to-end live dashboard benchmark (real clock): a seller signs up and connects the default sandbox seller in
// Debian's Chromium; then the dashboard's load time, and for each new sandbox order the time from Sellmetrics pulling it
// to the page showing it. Arguments: orders, sandbox time scale (for the import), history days.
var orders = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 25;
var timeScale = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 600;
var historyDays = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 730;
await BenchmarkHost.RunAsync(
    "dashboard-benchmark.txt",
    [
        "--Sandbox:TimeScale", timeScale.ToString(CultureInfo.InvariantCulture),
        "--Sync:HistoryDays", historyDays.ToString(CultureInfo.InvariantCulture),
        "--Sync:OrdersPeriod", "00:00:02",
        "--Orleans:MinimumReminderPeriod", "00:00:01",
    ],
    address => LiveRun.MeasureAsync(address, orders, timeScale, historyDays));
