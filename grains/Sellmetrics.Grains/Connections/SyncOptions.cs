using System.ComponentModel.DataAnnotations;

namespace Sellmetrics.Grains.Connections;

/// <summary>How often each dataset is pulled and how far back a new connection's history goes (section <c>Sync</c>).</summary>
public sealed class SyncOptions
{
    public const string Section = "Sync";

    /// <summary>Orders: new and updated orders.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan OrdersPeriod { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Financial events (fees, refunds, reimbursements) and inventory.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan HourlyPeriod { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Returns, reimbursement details, catalog, listings, traffic and Walmart settlements.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan DailyPeriod { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How far back a new connection imports (Amazon keeps two years of orders; Walmart 180 days).</summary>
    [Range(1, 730)]
    public int HistoryDays { get; set; } = 730;

    /// <summary>The most recent days imported first, so a new seller sees their month within minutes.</summary>
    [Range(1, 90)]
    public int RecentDays { get; set; } = 30;

    /// <summary>Finance days re-read on every finance pull: fees and deferred events keep arriving for weeks.</summary>
    [Range(1, 60)]
    public int FinanceRepullDays { get; set; } = 14;

    /// <summary>Days of per-listing traffic imported at connect (one report per day).</summary>
    [Range(1, 730)]
    public int TrafficHistoryDays { get; set; } = 30;
}
