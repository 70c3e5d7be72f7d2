namespace Sellmetrics.Grains;

/// <summary>
/// The service key of the <see cref="TimeProvider"/> that business time comes from (grace periods,
/// session lifetimes, authenticator codes). Separate from Orleans' own clock, so a test can move
/// business time forward without moving the runtime's timers and membership.
/// </summary>
public static class Clock
{
    public const string Key = "sellmetrics";
}
