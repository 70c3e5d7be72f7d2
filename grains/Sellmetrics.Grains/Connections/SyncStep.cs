namespace Sellmetrics.Grains.Connections;

/// <summary>One unit of work of a dataset: a window to read (of one marketplace, or '' for the whole account), after which progress is checkpointed.</summary>
internal sealed record SyncStep(DatasetPull Pull, SyncStepKind Kind, SyncWindow Window, string MarketplaceId = "")
{
    public DatasetKey Key => new(Pull.Name, MarketplaceId);
}
