using Microsoft.Extensions.Options;

namespace Sellmetrics.Sandbox.Hosting;

/// <summary>
/// The sandbox's sense of time: instants are real (from <see cref="TimeProvider"/>), and marketplace
/// durations (token lifetimes, report delays, bucket refill) are divided by <c>Sandbox:TimeScale</c>.
/// </summary>
internal sealed class SandboxClock(TimeProvider time, IOptions<SandboxOptions> options)
{
    public double TimeScale { get; } = options.Value.TimeScale;

    public DateTimeOffset UtcNow => time.GetUtcNow();

    public TimeProvider TimeProvider => time;

    /// <summary>The real duration that stands for a marketplace duration.</summary>
    public TimeSpan Scaled(TimeSpan marketplaceDuration) => marketplaceDuration / TimeScale;
}
