using Sellmetrics.Data.Connections;

namespace Sellmetrics.Grains.Connections;

/// <summary>
/// The backfill planner: what a dataset should read next. A new dataset reads its most recent month first, then
/// catches up to now whenever its period has passed, and in between walks its history backwards one step at a time.
/// Marketplace "before" bounds stay two minutes behind now, as the SP-API requires.
/// </summary>
internal static class SyncPlanner
{
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The step a connection runs next among all its datasets: first months before catch-ups before history, equally due
    /// steps in the datasets' order (<see cref="DatasetPulls"/>), which puts the Amazon catalog's first read first, and a
    /// catalog that found no products again right after the orders' first month, before every other dataset and all
    /// history, so product titles arrive within the first minute.
    /// </summary>
    public static SyncStep? Next(
        IReadOnlyList<DatasetPull> pulls, Func<string, DatasetProgress?> progress, DateTimeOffset now, SyncOptions options, IReadOnlySet<string> forced) =>
        Next(pulls, [string.Empty], key => progress(key.Dataset), now, options, key => forced.Contains(key.Dataset));

    /// <summary>
    /// Like the other overload, for a connection tracking several marketplaces: a dataset read per marketplace has one
    /// progress per tracked marketplace (in the order given), an account-wide one a single progress under ''.
    /// </summary>
    public static SyncStep? Next(
        IReadOnlyList<DatasetPull> pulls, IReadOnlyList<string> marketplaces, Func<DatasetKey, DatasetProgress?> progress, DateTimeOffset now,
        SyncOptions options, Func<DatasetKey, bool> forced)
    {
        var targets = Targets(pulls, marketplaces).ToList();
        bool HistoryIn(string dataset) => targets.Where(t => t.Pull.Name == dataset)
            .All(t => !t.Pull.HasHistory || progress(t.Key) is { CoveredFrom: { } from, Horizon: { } horizon } && from <= horizon);

        return targets
            .Where(t => t.Pull.After is not { } after || HistoryIn(after))
            .Select(t => (Next(t.Pull, progress(t.Key), now, options, forced(t.Key)) ?? ReadAgain(t, targets, progress, now, options)) is { } step
                ? step with { MarketplaceId = t.Key.MarketplaceId }
                : null)
            .OfType<SyncStep>()
            .OrderBy(step => step.Kind)
            .FirstOrDefault();
    }

    /// <summary>Each dataset of a connection with the keys its progress is kept under.</summary>
    public static IEnumerable<(DatasetPull Pull, DatasetKey Key)> Targets(IReadOnlyList<DatasetPull> pulls, IReadOnlyList<string> marketplaces) =>
        pulls.SelectMany(pull => (pull.AccountWide ? [string.Empty] : marketplaces).Select(m => (pull, new DatasetKey(pull.Name, m))));

    public static SyncStep? Next(DatasetPull pull, DatasetProgress? progress, DateTimeOffset now, SyncOptions options, bool forced)
    {
        var latest = now - Settle;
        var horizon = progress?.Horizon ?? now - pull.History(options);
        if (progress?.CoveredTo is not { } coveredTo || progress.CoveredFrom is not { } coveredFrom)
        {
            var first = pull.Align(Max(horizon, now - pull.FirstStep(options)));
            return new SyncStep(pull, SyncStepKind.FirstMonth, new SyncWindow(first, latest));
        }

        var due = forced || progress.LastSuccessAt is not { } success || now - success >= pull.Period(options);
        if (due && !(progress.LastAttemptAt is { } attempt && progress.Error is not null && now - attempt < pull.Period(options) && !forced))
        {
            var from = pull.Align(Min(coveredTo - pull.Overlap(options), latest - TimeSpan.FromSeconds(1)));
            return new SyncStep(pull, SyncStepKind.CatchUp, new SyncWindow(Max(from, horizon), latest));
        }

        if (pull.HasHistory && coveredFrom > horizon)
        {
            var from = pull.Align(Max(horizon, coveredFrom - pull.Step));
            return new SyncStep(pull, SyncStepKind.History, new SyncWindow(Max(from, horizon), coveredFrom));
        }

        return null;
    }

    // A read of the products other datasets name that stored nothing (a new seller's catalog, read before any order) is a
    // first read still to come once another dataset has stored something since.
    private static SyncStep? ReadAgain(
        (DatasetPull Pull, DatasetKey Key) target, IReadOnlyList<(DatasetPull Pull, DatasetKey Key)> targets, Func<DatasetKey, DatasetProgress?> progress,
        DateTimeOffset now, SyncOptions options)
    {
        bool NamesProductsOfTheSameMarketplace(DatasetKey other) => other.MarketplaceId == target.Key.MarketplaceId || other.MarketplaceId.Length == 0;
        if (!target.Pull.ReadsNamedProducts || progress(target.Key) is not { Rows: 0, LastSuccessAt: { } read }
            || !targets.Any(other => other.Pull != target.Pull && NamesProductsOfTheSameMarketplace(other.Key)
                && progress(other.Key) is { Rows: > 0, LastSuccessAt: { } stored } && stored > read))
        {
            return null;
        }

        return new SyncStep(target.Pull, SyncStepKind.FirstMonth, new SyncWindow(target.Pull.Align(now - target.Pull.FirstStep(options)), now - Settle));
    }

    /// <summary>How much of the dataset's history is in (0–1), and when the rest should be, at the pace so far.</summary>
    public static (decimal Progress, DateTimeOffset? Eta) Estimate(DatasetPull pull, DatasetProgress? progress, DateTimeOffset now)
    {
        if (!pull.HasHistory || progress is null)
        {
            return (progress?.CoveredTo is null ? 0m : 1m, null);
        }

        if (progress is not { Horizon: { } horizon, CoveredFrom: { } from, CoveredTo: { } to, StartedAt: { } started } || to <= horizon)
        {
            return (0m, null);
        }

        var done = Math.Clamp((decimal)((to - from) / (to - horizon)), 0m, 1m);
        if (done >= 1m)
        {
            return (1m, null);
        }

        var elapsed = now - started;
        return (Math.Round(done, 4), done == 0m ? null : now + elapsed * (double)((1m - done) / done));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
