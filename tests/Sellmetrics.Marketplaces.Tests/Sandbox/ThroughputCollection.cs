namespace Sellmetrics.Marketplaces.Tests.Sandbox;

/// <summary>The throughput measurement runs alone, after the parallel tests, so they do not skew its numbers.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ThroughputCollection
{
    public const string Name = "Throughput";
}
