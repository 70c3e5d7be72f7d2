using Sellmetrics.Data.Connections;
using Sellmetrics.Grains.Connections;
using Sellmetrics.Grains.Connections.Amazon;
using Sellmetrics.Rules;

namespace Sellmetrics.Grains.Tests.Connections;

public sealed class SyncPlannerTests
{
    private const string Orders = "orders";
    private const string Catalog = "catalog";
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 15, 30, 0, TimeSpan.Zero);
    private static readonly SyncOptions Options = new();

    [Fact]
    public void ANewConnectionReadsTheMostRecentMonthOfOrdersFirst()
    {
        var step = SyncPlanner.Next(new AmazonOrdersPull(), progress: null, Now, Options, forced: false)!;

        Assert.Equal(SyncStepKind.FirstMonth, step.Kind);
        Assert.Equal(Now.AddDays(-Options.RecentDays), step.Window.From);
        Assert.Equal(Now - SyncPlanner.Settle, step.Window.To);
    }

    [Fact]
    public void TrafficStartsWithYesterdaysReportAloneSoItsMonthCannotHoldBackTheOtherDatasets()
    {
        var step = SyncPlanner.Next(new AmazonTrafficPull(), progress: null, Now, Options, forced: false)!;

        Assert.Equal(SyncStepKind.FirstMonth, step.Kind);
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero), step.Window.From);
    }

    [Fact]
    public void WalmartsItemListIsReadRightAfterTheOrdersFirstMonthBeforeEveryOtherDatasetAndTheOrderHistory()
    {
        var pulls = DatasetPulls.For(MarketplaceNames.Walmart);
        var progress = new Dictionary<string, DatasetProgress>(StringComparer.Ordinal);
        var none = new HashSet<string>(StringComparer.Ordinal);

        var first = SyncPlanner.Next(pulls, progress.GetValueOrDefault, Now, Options, none)!;
        progress[Orders] = Covered(first);
        var second = SyncPlanner.Next(pulls, progress.GetValueOrDefault, Now, Options, none)!;

        Assert.Equal((Orders, SyncStepKind.FirstMonth), (first.Pull.Name, first.Kind));
        Assert.Equal((Catalog, SyncStepKind.FirstMonth), (second.Pull.Name, second.Kind));
    }

    // Costed before connecting (the demo), the catalog names its products at once; otherwise the orders' first month does.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AmazonProductTitlesArriveBeforeAnyHistoryIsImported(bool costedBeforeConnecting)
    {
        var pulls = DatasetPulls.For(MarketplaceNames.Amazon);
        var progress = new Dictionary<string, DatasetProgress>(StringComparer.Ordinal);
        var none = new HashSet<string>(StringComparer.Ordinal);
        var now = Now;
        var steps = new List<(string Dataset, SyncStepKind Kind, long Rows)>();
        while (steps.Count < 400 && SyncPlanner.Next(pulls, progress.GetValueOrDefault, now, Options, none) is { } step)
        {
            var named = costedBeforeConnecting || progress.ContainsKey(Orders);
            var rows = step.Pull.Name == Catalog && !named ? 0 : 10;
            progress[step.Pull.Name] = After(progress.GetValueOrDefault(step.Pull.Name), step, rows, now);
            steps.Add((step.Pull.Name, step.Kind, rows));
            now += TimeSpan.FromSeconds(1);
        }

        var titled = steps.FindIndex(s => s.Dataset == Catalog && s.Rows > 0);
        var history = steps.FindIndex(s => s.Kind == SyncStepKind.History);
        Assert.InRange(history, 1, int.MaxValue);
        Assert.InRange(titled, 0, history - 1);
        Assert.Equal(costedBeforeConnecting ? 0 : 2, titled);
        Assert.Equal(costedBeforeConnecting ? 1 : 2, steps.Count(s => s.Dataset == Catalog && s.Kind == SyncStepKind.FirstMonth));
    }

    private static DatasetProgress After(DatasetProgress? before, SyncStep step, long rows, DateTimeOffset now) => step.Kind == SyncStepKind.History
        ? before! with { CoveredFrom = step.Window.From, Rows = before.Rows + rows }
        : new(
            Guid.Empty, step.Pull.Name, DatasetStates.Idle, before?.Horizon ?? now - step.Pull.History(Options),
            before?.CoveredFrom is { } from && from < step.Window.From ? from : step.Window.From, step.Window.To,
            now, now, now, (before?.Rows ?? 0) + rows, 1, 0, null, null);

    private static DatasetProgress Covered(SyncStep step) => new(
        Guid.NewGuid(), step.Pull.Name, DatasetStates.Idle, Now - step.Pull.History(Options), step.Window.From, step.Window.To,
        Now, Now, Now, 10, 1, 0, null, null);
}
