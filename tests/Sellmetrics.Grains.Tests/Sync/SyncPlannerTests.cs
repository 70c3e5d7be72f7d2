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
}
