namespace Sellmetrics.Grains.Connections;

/// <summary>What a pull step is for, in the order they are served: the first month, catching up to now, older history.</summary>
internal enum SyncStepKind
{
    FirstMonth,
    CatchUp,
    History,
}
