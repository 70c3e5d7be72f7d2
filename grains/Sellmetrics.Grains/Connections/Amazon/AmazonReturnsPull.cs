using Sellmetrics.Facts;
using Sellmetrics.Mappers.Amazon;

namespace Sellmetrics.Grains.Connections.Amazon;

/// <summary>FBA customer returns with their dispositions (a sellable return gives its unit cost back), from the returns report.</summary>
internal sealed class AmazonReturnsPull : DatasetPull
{
    public override string Name => "returns";

    public override TimeSpan Period(SyncOptions options) => options.DailyPeriod;

    public override TimeSpan Overlap(SyncOptions options) => TimeSpan.FromDays(3);

    public override async Task<IReadOnlyList<FactBatch>> ReadAsync(PullContext context, SyncWindow window, SyncStepKind kind, CancellationToken cancellationToken) =>
        [ReportFacts.Returns(await context.AmazonApi.GetCustomerReturnsAsync(window.From, window.To, cancellationToken), context.MarketplaceId)];
}
