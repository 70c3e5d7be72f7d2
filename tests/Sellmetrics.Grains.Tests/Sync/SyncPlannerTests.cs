using Sellmetrics.Data.Sync;
using Sellmetrics.Grains.Sync;
using Sellmetrics.Grains.Sync.Amazon;

namespace Sellmetrics.Grains.Tests.Sync;

public sealed class SyncPlannerTests
{
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

    [Theory]
    [InlineData(MarketplaceNames.Amazon)]
    [InlineData(MarketplaceNames.Walmart)]
    public void TheCatalogsFirstReadComesRightAfterTheOrdersFirstMonthBeforeEveryOtherDatasetAndTheOrderHistory(string marketplace)
    {
        const string orders = "orders";
        const string catalog = "catalog";
        var pulls = DatasetPulls.For(marketplace);
        var progress = new Dictionary<string, DatasetProgress>(StringComparer.Ordinal);
        var none = new HashSet<string>(StringComparer.Ordinal);

        var first = SyncPlanner.Next(pulls, progress.GetValueOrDefault, Now, Options, none)!;
        progress[orders] = Covered(first);
        var second = SyncPlanner.Next(pulls, progress.GetValueOrDefault, Now, Options, none)!;

        Assert.Equal((orders, SyncStepKind.FirstMonth), (first.Pull.Name, first.Kind));
        Assert.Equal((catalog, SyncStepKind.FirstMonth), (second.Pull.Name, second.Kind));
    }

    private static DatasetProgress Covered(SyncStep step) => new(
        Guid.NewGuid(), step.Pull.Name, DatasetStates.Idle, Now - step.Pull.History(Options), step.Window.From, step.Window.To,
        Now, Now, Now, 10, 1, 0, null, null);
}
