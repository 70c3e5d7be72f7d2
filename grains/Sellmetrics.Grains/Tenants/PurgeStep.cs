namespace Sellmetrics.Grains.Tenants;

/// <summary>The steps of a tenant purge, in order; every one can run again after a silo stopped part-way.</summary>
public enum PurgeStep
{
    Marked,
    Disconnected,
    ProductsForgotten,
    SchemaDropped,
    Removed,
}
