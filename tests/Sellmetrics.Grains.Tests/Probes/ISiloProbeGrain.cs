namespace Sellmetrics.Grains.Tests.Probes;

/// <summary>A grain that tells where it runs, to prove membership and routing on PostgreSQL.</summary>
[Alias("test.silo-probe")]
public interface ISiloProbeGrain : IGrainWithStringKey
{
    /// <summary>Returns the address of the silo this activation lives on.</summary>
    Task<string> GetSiloAsync();

    /// <summary>Calls another probe grain and returns the silo that one answered from.</summary>
    Task<string> GetSiloOfAsync(string otherKey);
}
