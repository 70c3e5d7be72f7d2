using Sellmetrics.Facts;
using Sellmetrics.Mappers.Amazon;
using Sellmetrics.Marketplaces.Amazon.Finances;

namespace Sellmetrics.Grains.Connections.Amazon;

/// <summary>
/// Financial events (fees, refunds, service fees, reimbursements): the money ledger. Amazon serves them for the whole
/// seller account, so they are read once and split among the tracked marketplaces (<see cref="AccountFinancialEvents"/>):
/// an order event by its storefront, else by its order's marketplace as stored; an account-level fee once, in its own
/// currency. Read one UTC day at a time, because service fee events carry no date and are named and dated by the day
/// they were posted in; UTC rather than the tenant's zone, so a changed zone re-reads the same days under the same
/// names. Recent days are re-read on every pull, since fees and deferred events keep arriving for weeks.
/// </summary>
internal sealed class AmazonFinancesPull : DatasetPull
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public override string Name => "finances";

    public override bool AccountWide => true;

    // A refund names no storefront: its order's marketplace comes from the stored orders, so they are read first.
    public override string? After => "orders";

    public override TimeSpan Step => TimeSpan.FromDays(7);

    public override TimeSpan Period(SyncOptions options) => options.HourlyPeriod;

    public override TimeSpan Overlap(SyncOptions options) => TimeSpan.FromDays(options.FinanceRepullDays);

    public override DateTimeOffset Align(DateTimeOffset instant) => new(instant.UtcDateTime.Date, TimeSpan.Zero);

    public override async Task<IReadOnlyList<FactBatch>> ReadAsync(PullContext context, SyncWindow window, SyncStepKind kind, CancellationToken cancellationToken)
    {
        var days = new List<(DateOnly Day, List<FinancialEvents> Pages)>();
        for (var start = window.From; start < window.To; start = Align(start) + Day)
        {
            var end = Align(start) + Day is var next && next < window.To ? next : window.To;
            days.Add((DateOnly.FromDateTime(start.UtcDateTime), await context.AmazonApi.GetFinancialEventsAsync(start, end, cancellationToken).ToListAsync(cancellationToken)));
        }

        var orders = await context.Facts.MarketplacesOfOrdersAsync(context.TenantId, [.. days.SelectMany(d => d.Pages).SelectMany(OrderIds).Distinct(StringComparer.Ordinal)], cancellationToken);
        var split = days.SelectMany(d => AccountFinancialEvents.From(d.Pages, d.Day, context.Marketplaces, order => orders.GetValueOrDefault(order))).ToList();
        return [.. context.Marketplaces.Select(m => FactBatches.Concat(m, [.. split.Where(b => b.Marketplace == m)]))];
    }

    private static IEnumerable<string> OrderIds(FinancialEvents page) =>
        (page.ShipmentEventList ?? []).Concat(page.RefundEventList ?? []).Concat(page.GuaranteeClaimEventList ?? []).Concat(page.ChargebackEventList ?? [])
            .Select(e => e.AmazonOrderId).OfType<string>();
}
