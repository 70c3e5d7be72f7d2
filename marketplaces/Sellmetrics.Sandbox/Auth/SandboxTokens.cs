using System.Collections.Concurrent;
using Sellmetrics.Sandbox.Faults;
using Sellmetrics.Sandbox.Hosting;

namespace Sellmetrics.Sandbox.Auth;

/// <summary>The two token stores: LWA access tokens (1 hour) and Walmart access tokens (15 minutes).</summary>
internal sealed class SandboxTokens(SandboxClock clock, FaultInjector faults)
{
    public TokenStore Amazon { get; } = new(clock, faults, "Atza|", TimeSpan.FromHours(1));

    public TokenStore Walmart { get; } = new(clock, faults, "eyJ", TimeSpan.FromMinutes(15));

    public AuthorizationCodes Codes { get; } = new(clock, faults);

    /// <summary>App client ids (and their secrets) first seen on an authorization-code exchange.</summary>
    public ConcurrentDictionary<string, string> AppClients { get; } = new(StringComparer.Ordinal);
}
