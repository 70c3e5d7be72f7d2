namespace Sellmetrics.Grains.Sync;

/// <summary>One unit of work of a dataset: a window to read, after which progress is checkpointed.</summary>
internal sealed record SyncStep(DatasetPull Pull, SyncStepKind Kind, SyncWindow Window);
