namespace Sellmetrics.Sandbox.Generation;

/// <summary>
/// One Amazon settlement of a seller: a settlement period in one of the marketplaces that settle (each its own settlement,
/// currency and deposit, as Amazon Europe pays each marketplace apart). It settles the events of its marketplace, and in
/// the marketplace an account-level fee is charged through, that fee.
/// </summary>
internal sealed record AmazonSettlement(long Seed, SettlementPeriod Period, AmazonMarketplace Marketplace)
{
    // The US is the first marketplace, so its settlements keep the period's id and reserves.
    private int Account => AmazonMarketplace.All.ToList().IndexOf(Marketplace);

    public string Id => Period.SettlementId(Seed, Account);

    public string Currency => Marketplace.Currency;

    public decimal ReserveHeld => Period.ReserveHeld(Seed, Account);

    public decimal ReserveReleased => Period.ReserveReleased(Seed, Account);

    public IReadOnlyList<FinancialEvent> Events(IAmazonHistory history, DateTimeOffset now) =>
        [.. history.EventsPostedBetween(Period.Start, Period.End, now).Where(e => e.Marketplace == Marketplace)];

    /// <summary>What the deposit is: the events' total plus the reserve released less the reserve held.</summary>
    public decimal Total(IAmazonHistory history, DateTimeOffset now) => Events(history, now).Sum(e => e.Total) + ReserveReleased - ReserveHeld;

    /// <summary>The settlements of periods that start in [from, to), oldest first, each period's in the region's settling order.</summary>
    public static IEnumerable<AmazonSettlement> StartingBetween(long seed, SellingRegion region, DateTimeOffset from, DateTimeOffset to) =>
        SettlementPeriod.StartingBetween(seed, from, to).SelectMany(p => region.Settled.Select(m => new AmazonSettlement(seed, p, m)));
}
