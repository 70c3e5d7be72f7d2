namespace Sellmetrics.Profit.Days;

/// <summary>An inclusive range of reporting days, as the API's <c>from</c> and <c>to</c> give it.</summary>
public sealed record DateRange(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly day) => day >= From && day <= To;

    public IEnumerable<DateOnly> Days()
    {
        for (var day = From; day <= To; day = day.AddDays(1))
        {
            yield return day;
        }
    }
}
