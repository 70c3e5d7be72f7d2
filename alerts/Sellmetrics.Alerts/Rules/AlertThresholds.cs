namespace Sellmetrics.Alerts.Rules;

/// <summary>Which kinds take a threshold, what it means, and the range a seller may set.</summary>
public static class AlertThresholds
{
    public static (decimal Min, decimal Max, string Unit)? RangeOf(AlertKind kind) => kind switch
    {
        AlertKind.ConversionDrop => (1m, 100m, "percent below the trailing 14-day conversion rate"),
        AlertKind.LowStock => (1m, 365m, "days of cover"),
        AlertKind.RefundRateSpike => (0.1m, 100m, "percent of units refunded"),
        AlertKind.MarginBelow => (-100m, 100m, "percent net margin"),
        _ => null,
    };

    /// <summary>The field errors of a rule's threshold, empty when it is right for its kind.</summary>
    public static IReadOnlyList<string> Check(AlertKind kind, decimal? threshold) => (RangeOf(kind), threshold) switch
    {
        (null, null) => [],
        (null, not null) => [$"{kind} alerts take no threshold."],
        (not null, null) => [$"{kind} alerts need a threshold."],
        ({ } range, { } value) when value < range.Min || value > range.Max =>
            [$"The threshold must be {range.Min} to {range.Max} ({range.Unit})."],
        _ => [],
    };
}
