using Sellmetrics.Grains.Dashboard;
using Sellmetrics.Profit;
using Sellmetrics.Profit.Days;
using Sellmetrics.Profit.Totals;

namespace Sellmetrics.Grains.Tenants;

// The dashboard's numbers are the profit API's numbers: tiles are summaries, the chart is the daily series, the table is
// the products report, each for the connection's view. A delta recomputes only the changed days and products.
public sealed partial class TenantGrain
{
    private const int FeedLength = 50;
    private readonly LinkedList<ActivityEvent> _feed = new();

    public async Task<DashboardSnapshot> GetDashboardAsync(DashboardView view)
    {
        var today = await TodayAsync();
        return new DashboardSnapshot(
            time.GetUtcNow(),
            today,
            view,
            await TilesAsync(today, view),
            await GetDailyProfitAsync(view.Range, view.Marketplace),
            await GetProductsAsync(view.Range, view.Marketplace),
            [.. _feed.Where(e => Watches(view, e.MarketplaceId))],
            await MarketplacesAsync());
    }

    public async Task<DashboardDelta> GetDashboardDeltaAsync(DashboardView view, TenantProfitChanged change)
    {
        var today = await TodayAsync();
        var days = (change.AllDays ? view.Range.Days() : change.Days.Where(view.Range.Contains)).ToHashSet();
        var daily = days.Count == 0 ? new ValueList<DailyProfit>([]) : await GetDailyProfitAsync(new DateRange(days.Min(), days.Max()), view.Marketplace);
        var products = await ProductsAsync();
        return new DashboardDelta(
            time.GetUtcNow(),
            today,
            await TilesAsync(today, view),
            new(daily.Where(d => days.Contains(d.Date))),
            [.. change.Products.Where(p => Watches(view, p.MarketplaceId)).Select(p => new ProductRows(p.MarketplaceId, p.Sku,
                products.TryGetValue((p.MarketplaceId, p.Sku), out var book) ? RowsOf(book, view.Range) : new ValueList<ProductProfitRow>([])))],
            [.. change.Events.Where(e => Watches(view, e.MarketplaceId))],
            view);
    }

    public Task NoteActivityAsync(IReadOnlyList<ActivityEvent> events)
    {
        foreach (var activity in events.OrderBy(e => e.LearnedAt).ThenBy(e => e.OccurredAt))
        {
            _feed.AddFirst(activity);
            _pendingEvents.Add(activity);
        }

        while (_feed.Count > FeedLength)
        {
            _feed.RemoveLast();
        }

        ScheduleFlush();
        return Task.CompletedTask;
    }

    private async Task<IReadOnlyList<DashboardTile>> TilesAsync(DateOnly today, DashboardView view)
    {
        var tiles = new List<DashboardTile>();
        foreach (var (key, days) in DashboardTiles.For(today, view.Range))
        {
            var summary = await GetProfitSummaryAsync(days, view.Marketplace);
            tiles.Add(new DashboardTile(key, days.From, days.To, summary.Totals));
        }

        return tiles;
    }

    private async Task<DateOnly> TodayAsync() => (await RulesAsync()).TimeZone.DayOf(time.GetUtcNow());

    private async Task<IReadOnlyList<MarketplaceOption>> MarketplacesAsync()
    {
        var connected = (await connections.ListAsync(TenantId)).SelectMany(c => c.MarketplaceIds);
        var sold = (await ProductsAsync()).Keys.Select(k => k.Marketplace);
        return [.. connected.Concat(sold).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(id => new MarketplaceOption(id, MarketplaceTitles.Of(id)))];
    }

    private static bool Watches(DashboardView view, string marketplaceId) => view.Marketplace is null || view.Marketplace == marketplaceId;
}
