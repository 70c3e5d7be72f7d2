using Sellmetrics.Facts;
using Sellmetrics.Mappers.Amazon;

namespace Sellmetrics.Grains.Connections.Amazon;

/// <summary>Sessions and page views per listing and day, from one sales and traffic report per (UTC) day: the report's by-ASIN part has no date.</summary>
internal sealed class AmazonTrafficPull : DatasetPull
{
    public override string Name => "traffic";

    public override TimeSpan Step => TimeSpan.FromDays(1);

    public override TimeSpan Period(SyncOptions options) => options.DailyPeriod;

    public override TimeSpan History(SyncOptions options) => TimeSpan.FromDays(options.TrafficHistoryDays);

    public override TimeSpan Overlap(SyncOptions options) => TimeSpan.FromDays(2);

    // A report a day at createReport's pace makes a month one very long step that would hold every other dataset's
    // pulls back (new orders included); so only yesterday comes first, and the other days follow as history steps.
    public override TimeSpan FirstStep(SyncOptions options) => Step;

    public override DateTimeOffset Align(DateTimeOffset instant) => new(instant.UtcDateTime.Date, TimeSpan.Zero);

    public override async Task<IReadOnlyList<FactBatch>> ReadAsync(PullContext context, SyncWindow window, SyncStepKind kind, CancellationToken cancellationToken)
    {
        var days = new List<TrafficDay>();
        var today = DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime);
        for (var day = DateOnly.FromDateTime(window.From.UtcDateTime); day < DateOnly.FromDateTime(window.To.UtcDateTime.AddTicks(-1)).AddDays(1) && day < today; day = day.AddDays(1))
        {
            if (await context.AmazonApi.GetSalesAndTrafficAsync(day, day, "SKU", cancellationToken) is { } report)
            {
                days.AddRange(TrafficFacts.From(report, day));
            }
        }

        return [new FactBatch(context.MarketplaceId) { Traffic = days }];
    }
}
