namespace Sellmetrics.Sandbox.Generation;

/// <summary>A 14-day settlement period (a Finances event group, a settlement report, a Walmart recon cycle).</summary>
internal sealed record SettlementPeriod(string Id, DateTimeOffset Start, DateTimeOffset End)
{
    private const int Days = 14;

    public bool IsClosedAt(DateTimeOffset at) => End <= at;

    public DateTimeOffset FundTransferAt => End.AddDays(1);

    /// <summary>What Amazon holds back from this period's deposit in settlement account <paramref name="account"/> (a marketplace's number), released into the next one's.</summary>
    public decimal ReserveHeld(long seed, int account) => Reserve(seed, StartDay, account);

    /// <summary>The previous period's reserve, released into this deposit.</summary>
    public decimal ReserveReleased(long seed, int account) => Reserve(seed, StartDay - Days, account);

    /// <summary>The id of this period's settlement in settlement account <paramref name="account"/> (account 0 keeps the period's id).</summary>
    public string SettlementId(long seed, int account) => account == 0 ? Id : SeededRandom.For(seed, 6, StartDay, account).Digits(11);

    private int StartDay => DateOnly.FromDateTime(Start.UtcDateTime).DayNumber;

    /// <summary>Periods that start in [from, to), oldest first.</summary>
    public static IEnumerable<SettlementPeriod> StartingBetween(long seed, DateTimeOffset from, DateTimeOffset to)
    {
        var day = DateOnly.FromDateTime(from.UtcDateTime).DayNumber;
        var offset = (int)(seed % Days);
        var first = day - ((((day - offset) % Days) + Days) % Days);
        for (var start = first; ; start += Days)
        {
            var period = Create(seed, start);
            if (period.Start >= to)
            {
                yield break;
            }

            if (period.Start >= from)
            {
                yield return period;
            }
        }
    }

    private static decimal Reserve(long seed, int startDay, int account) =>
        (account == 0 ? SeededRandom.For(seed, 7, startDay) : SeededRandom.For(seed, 7, startDay, account)).NextMoney(20m, 120m);

    private static SettlementPeriod Create(long seed, int startDay)
    {
        var start = new DateTimeOffset(DateOnly.FromDayNumber(startDay).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var random = SeededRandom.For(seed, 6, startDay);
        return new SettlementPeriod(random.Digits(11), start, start.AddDays(Days));
    }
}
