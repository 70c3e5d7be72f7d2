using System.ComponentModel.DataAnnotations;

namespace Sellmetrics.Sandbox;

/// <summary>
/// Settings of the marketplace sandbox, bound from the <c>Sandbox</c> section and validated at start.
/// </summary>
public sealed class SandboxOptions
{
    public const string Section = "Sandbox";

    /// <summary>Whether the host mounts the sandbox (read by the silo; the sandbox itself ignores it).</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// A second, development-only switch: with a configured (not embedded) database the host mounts the sandbox only when
    /// this is set as well as <see cref="Enabled"/> (read by the silo; the sandbox itself ignores it).
    /// </summary>
    public bool AllowWithConfiguredDatabase { get; set; }

    /// <summary>Seed of the default seller (<c>GET /sandbox/control/sellers/default</c>).</summary>
    [Range(0, long.MaxValue)]
    public long Seed { get; set; } = 42;

    /// <summary>How much faster than real time the sandbox runs its clock: rate-limit replenishment, access-token
    /// lifetimes, report processing delays and live orders' progress are divided by it (60 makes an hour-long token last
    /// one minute; <c>expires_in</c> still says 3600). Authorization codes, document URLs and page tokens are not scaled.</summary>
    [Range(0.001, 1_000_000)]
    public double TimeScale { get; set; } = 1;

    /// <summary>New Amazon orders per minute produced in real time for every seller (0 = off).</summary>
    [Range(0, 6000)]
    public double LiveOrdersPerMinute { get; set; }

    /// <summary>Walmart throttling: requests per second per seller and operation (Walmart documents no numbers).</summary>
    [Range(0.001, 10_000)]
    public double WalmartRequestsPerSecond { get; set; } = 10;

    /// <summary>Walmart throttling: bucket size per seller and operation.</summary>
    [Range(1, 100_000)]
    public int WalmartBurst { get; set; } = 20;

    /// <summary>Faults injected from start; the control API replaces them at run time.</summary>
    [Required]
    public SandboxFaultOptions Faults { get; set; } = new();
}
