namespace Sellmetrics.Sandbox.Faults;

/// <summary>What the fault injector decided for one data call.</summary>
internal enum Fault
{
    None,
    Throttle,
    ServerError,
    Malformed,
}
