namespace Sellmetrics.Grains.Tests.Probes;

[GenerateSerializer]
[Alias("test.counter-probe-state")]
public sealed class CounterProbeState
{
    [Id(0)]
    public int Total { get; set; }
}
