using Sellmetrics.Facts;
using Sellmetrics.Mappers.Amazon;

namespace Sellmetrics.Grains.Connections.Amazon;

/// <summary>Reimbursement details (reason, case, quantities) from the reimbursements report; the money comes from finances.</summary>
internal sealed class AmazonReimbursementsPull : DatasetPull
{
    public override string Name => "reimbursements";

    public override TimeSpan Period(SyncOptions options) => options.DailyPeriod;

    public override TimeSpan Overlap(SyncOptions options) => TimeSpan.FromDays(3);

    public override async Task<IReadOnlyList<FactBatch>> ReadAsync(PullContext context, SyncWindow window, SyncStepKind kind, CancellationToken cancellationToken) =>
        [ReportFacts.Reimbursements(await context.AmazonApi.GetReimbursementsAsync(window.From, window.To, cancellationToken), context.MarketplaceId)];
}
