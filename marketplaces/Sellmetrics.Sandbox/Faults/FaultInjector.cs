using Microsoft.Extensions.Options;

namespace Sellmetrics.Sandbox.Faults;

/// <summary>Holds the fault settings (from configuration, replaced through the control API) and draws a fault per data call.</summary>
internal sealed class FaultInjector(IOptions<SandboxOptions> options)
{
    private readonly Lock _lock = new();
    private readonly HashSet<string> _revoked = [.. options.Value.Faults.RevokedSellerIds];
    private SandboxFaultOptions _settings = Copy(options.Value.Faults);

    public SandboxFaultOptions Current
    {
        get
        {
            lock (_lock)
            {
                var current = Copy(_settings);
                current.RevokedSellerIds = [.. _revoked.Order(StringComparer.Ordinal)];
                return current;
            }
        }
    }

    public void Replace(SandboxFaultOptions settings)
    {
        lock (_lock)
        {
            _settings = Copy(settings);
            foreach (var sellerId in settings.RevokedSellerIds)
            {
                _revoked.Add(sellerId);
            }
        }
    }

    public void Revoke(string sellerId)
    {
        lock (_lock)
        {
            _revoked.Add(sellerId);
        }
    }

    public bool IsRevoked(string sellerId)
    {
        lock (_lock)
        {
            return _revoked.Contains(sellerId);
        }
    }

    public (Fault Fault, int DelayMilliseconds) Draw()
    {
        lock (_lock)
        {
            var s = _settings;
            var fault = s switch
            {
                { ThrottleNext: > 0 } => Take(() => s.ThrottleNext--, Fault.Throttle),
                { ServerErrorNext: > 0 } => Take(() => s.ServerErrorNext--, Fault.ServerError),
                { MalformedNext: > 0 } => Take(() => s.MalformedNext--, Fault.Malformed),
                _ when Random.Shared.NextDouble() < s.ThrottleRate => Fault.Throttle,
                _ when Random.Shared.NextDouble() < s.ServerErrorRate => Fault.ServerError,
                _ when Random.Shared.NextDouble() < s.MalformedRate => Fault.Malformed,
                _ => Fault.None,
            };
            return (fault, s.DelayMilliseconds);
        }
    }

    private static Fault Take(Action decrement, Fault fault)
    {
        decrement();
        return fault;
    }

    private static SandboxFaultOptions Copy(SandboxFaultOptions s) => new()
    {
        ThrottleNext = s.ThrottleNext,
        ServerErrorNext = s.ServerErrorNext,
        MalformedNext = s.MalformedNext,
        ThrottleRate = s.ThrottleRate,
        ServerErrorRate = s.ServerErrorRate,
        MalformedRate = s.MalformedRate,
        DelayMilliseconds = s.DelayMilliseconds,
        RevokedSellerIds = [.. s.RevokedSellerIds],
    };
}
