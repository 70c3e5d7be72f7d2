using Sellmetrics.Profit.Facts;
using Sellmetrics.Sync.Amazon;

namespace Sellmetrics.Grains.Sync.Amazon;

/// <summary>
/// Financial events (fees, refunds, service fees, reimbursements): the money ledger. Read one UTC day at a time,
/// because service fee events carry no date and are named and dated by the day they were posted in; UTC rather than the
/// tenant's zone, so a changed zone re-reads the same days under the same names. Recent days are re-read on every
/// pull, since fees and deferred events keep arriving for weeks.
/// </summary>
internal sealed class AmazonFinancesPull : DatasetPull
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public override string Name => "finances";

    public override TimeSpan Step => TimeSpan.FromDays(7);

    public override TimeSpan Period(SyncOptions options) => options.HourlyPeriod;

    public override TimeSpan Overlap(SyncOptions options) => TimeSpan.FromDays(options.FinanceRepullDays);

    public override DateTimeOffset Align(DateTimeOffset instant) => new(instant.UtcDateTime.Date, TimeSpan.Zero);

    public override async Task<FactBatch> ReadAsync(PullContext context, SyncWindow window, SyncStepKind kind, CancellationToken cancellationToken)
    {
        var days = new List<FactBatch>();
        for (var start = window.From; start < window.To; start = Align(start) + Day)
        {
            var end = Align(start) + Day is var next && next < window.To ? next : window.To;
            var pages = await context.AmazonApi.GetFinancialEventsAsync(start, end, cancellationToken).ToListAsync(cancellationToken);
            days.Add(FinancialEventFacts.From(pages, DateOnly.FromDateTime(start.UtcDateTime), context.MarketplaceId));
        }

        return FactBatches.Concat(context.MarketplaceId, days);
    }
}
