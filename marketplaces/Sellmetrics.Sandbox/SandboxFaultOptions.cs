using System.ComponentModel.DataAnnotations;

namespace Sellmetrics.Sandbox;

/// <summary>
/// Faults the sandbox injects into SP-API and Walmart data calls (never into token or control calls).
/// Also the body of <c>POST /sandbox/control/faults</c>.
/// </summary>
public sealed class SandboxFaultOptions
{
    /// <summary>The next N data calls answer 429 (a throttling storm).</summary>
    [Range(0, int.MaxValue)]
    public int ThrottleNext { get; set; }

    /// <summary>The next N data calls answer 503 (a 5xx burst).</summary>
    [Range(0, int.MaxValue)]
    public int ServerErrorNext { get; set; }

    /// <summary>The next N data calls answer 200 with a truncated, unparseable JSON body.</summary>
    [Range(0, int.MaxValue)]
    public int MalformedNext { get; set; }

    /// <summary>Probability (0–1) that any data call answers 429.</summary>
    [Range(0.0, 1.0)]
    public double ThrottleRate { get; set; }

    /// <summary>Probability (0–1) that any data call answers 500.</summary>
    [Range(0.0, 1.0)]
    public double ServerErrorRate { get; set; }

    /// <summary>Probability (0–1) that any data call answers with a malformed body.</summary>
    [Range(0.0, 1.0)]
    public double MalformedRate { get; set; }

    /// <summary>Extra latency added to every data call, in real milliseconds.</summary>
    [Range(0, 120_000)]
    public int DelayMilliseconds { get; set; }

    /// <summary>Sellers whose refresh tokens are revoked (LWA answers <c>invalid_grant</c>, their access tokens get 403).
    /// Revocation is permanent for the life of the process: clearing faults does not undo it.</summary>
    public IList<string> RevokedSellerIds { get; set; } = [];
}
