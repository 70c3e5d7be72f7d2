namespace Sellmetrics.Grains.Tests.Probes;

/// <summary>A grain with durable state, to prove grain storage and routing on PostgreSQL.</summary>
[Alias("test.counter-probe")]
public interface ICounterProbeGrain : IGrainWithStringKey
{
    /// <summary>Adds to the stored total, writes it, and returns it.</summary>
    Task<int> AddAsync(int amount);

    /// <summary>Returns the stored total.</summary>
    Task<int> GetAsync();

    /// <summary>Returns the address of the silo this activation lives on.</summary>
    Task<string> GetSiloAsync();

    /// <summary>Calls another counter grain and returns the silo that one answered from.</summary>
    Task<string> GetSiloOfAsync(string otherKey);
}
