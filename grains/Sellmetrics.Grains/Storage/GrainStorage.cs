namespace Sellmetrics.Grains.Storage;

/// <summary>
/// Names of grain storage and of each grain class's state. Grain storage rows are keyed by state
/// name and grain key, so two grain classes must never share a state name.
/// </summary>
public static class GrainStorage
{
    /// <summary>The PostgreSQL grain storage every grain uses.</summary>
    public const string Name = "sellmetrics";
}
