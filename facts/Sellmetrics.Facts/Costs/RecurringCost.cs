namespace Sellmetrics.Facts.Costs;

/// <summary>
/// An overhead the seller enters, spread over each day from <paramref name="StartDate"/> to <paramref name="EndDate"/>
/// (both inclusive): monthly ÷ days in that month, weekly ÷ 7, yearly ÷ days in that year, daily as is.
/// </summary>
public sealed record RecurringCost(
    Guid Id,
    string Name,
    string Category,
    decimal Amount,
    string Currency,
    CostFrequency Frequency,
    DateOnly StartDate,
    DateOnly? EndDate = null)
{
    /// <summary>The share of this cost that falls on <paramref name="day"/>, at full decimal precision.</summary>
    public decimal AmountOn(DateOnly day)
    {
        if (day < StartDate || day > EndDate)
        {
            return 0m;
        }

        return Frequency switch
        {
            CostFrequency.Daily => Amount,
            CostFrequency.Weekly => Amount / 7m,
            CostFrequency.Monthly => Amount / DateTime.DaysInMonth(day.Year, day.Month),
            CostFrequency.Yearly => Amount / (DateTime.IsLeapYear(day.Year) ? 366m : 365m),
            _ => throw new ArgumentOutOfRangeException(nameof(day), Frequency, "Unknown cost frequency."),
        };
    }
}
