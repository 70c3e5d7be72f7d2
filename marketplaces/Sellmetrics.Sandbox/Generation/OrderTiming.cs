namespace Sellmetrics.Sandbox.Generation;

/// <summary>How long an order stays pending and how long it takes to ship (historical orders use marketplace time,
/// live ones the scaled clock); only historical orders get an aftermath: cancellations, refunds, returns.</summary>
internal sealed record OrderTiming(TimeSpan PendingMin, TimeSpan PendingMax, TimeSpan ShipMin, TimeSpan ShipMax, bool WithAftermath)
{
    public static readonly OrderTiming Historical = new(
        TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(40), TimeSpan.FromHours(6), TimeSpan.FromHours(40), WithAftermath: true);

    public static OrderTiming Live(double timeScale) => new(
        TimeSpan.FromMinutes(2) / timeScale, TimeSpan.FromMinutes(4) / timeScale,
        TimeSpan.FromMinutes(10) / timeScale, TimeSpan.FromMinutes(20) / timeScale, WithAftermath: false);

    public static TimeSpan Between(SeededRandom random, TimeSpan min, TimeSpan max) =>
        min + TimeSpan.FromSeconds(random.Next((int)Math.Max(1, (max - min).TotalSeconds)));
}
