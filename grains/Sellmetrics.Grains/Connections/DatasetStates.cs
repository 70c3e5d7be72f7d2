namespace Sellmetrics.Grains.Connections;

/// <summary>The states a dataset's sync can be in, as stored and as the API shows them.</summary>
internal static class DatasetStates
{
    public const string Waiting = "waiting";
    public const string Running = "running";
    public const string Idle = "idle";
    public const string Failed = "failed";
}
