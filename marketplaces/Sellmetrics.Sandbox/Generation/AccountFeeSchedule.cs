namespace Sellmetrics.Sandbox.Generation;

/// <summary>
/// The account-level fees of a seller selling in several marketplaces (the European seller): one subscription on the 1st
/// and one FBA storage fee for the whole account on the 7th of each month, both in the region's account currency and
/// charged through the home marketplace, never once per marketplace.
/// </summary>
internal static class AccountFeeSchedule
{
    public const decimal Subscription = -39.00m;

    public static IReadOnlyList<ServiceFee> On(long seed, SellingRegion region, DateOnly day)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero);
        return day.Day switch
        {
            1 => [Account(region, new ServiceFee(at, "Subscription", "Subscription", "Subscription Fee", null, Subscription))],
            7 => [Account(region, new ServiceFee(at, "FBAStorageFee", "FBA Inventory Fee", "Storage Fee", null, -SeededRandom.For(seed, 14, day.DayNumber).NextMoney(25.00m, 140.00m)))],
            _ => [],
        };
    }

    private static ServiceFee Account(SellingRegion region, ServiceFee fee) =>
        fee with { Marketplace = region.Marketplaces.First(m => m.Currency == region.AccountCurrency), IsAccountLevel = true };
}
