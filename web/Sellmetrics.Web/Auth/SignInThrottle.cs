using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sellmetrics.Grains;

namespace Sellmetrics.Web.Auth;

/// <summary>
/// Slows password guessing against one account whichever addresses it comes from (credential stuffing spreads over
/// addresses; the per-address limit is the rate-limiting middleware's), without locking the owner out: attempts are
/// counted per account and device, where a device is one that signed in to the account before
/// (<see cref="KnownDeviceCookie"/>) and every other one shares the account's count. Past the allowance each attempt waits a
/// delay that doubles; a success clears the count. In memory, per silo: the allowance is this times the number of silos.
/// </summary>
public sealed class SignInThrottle(IOptions<AuthOptions> options, [FromKeyedServices(Clock.Key)] TimeProvider time)
{
    /// <summary>At most this many accounts and devices are tracked, however many fresh ones a wide stuffing run tries.</summary>
    public const int MaxTracked = 100_000;

    private readonly Dictionary<string, Attempts> _attempts = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>What attempts for <paramref name="email"/> from <paramref name="deviceId"/> (null: an unknown device) count against.</summary>
    public static string KeyOf(string email, string? deviceId) => $"{email.Trim().ToUpperInvariant()}\n{deviceId}";

    /// <summary>Takes one attempt, counted as failed until <see cref="Succeeded"/> or <see cref="Released"/>; false with the wait while a delay runs.</summary>
    public bool TryBegin(string key, out TimeSpan retryAfter)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var attempts = _attempts.GetValueOrDefault(key);
            if (attempts is not null && now < attempts.WaitUntil)
            {
                retryAfter = attempts.WaitUntil - now;
                return false;
            }

            // Forgotten only well after the longest delay, so a patient guesser stays at one attempt per longest delay.
            if (attempts is null || now - attempts.LastAt >= ForgetAfter(settings))
            {
                Prune(now, ForgetAfter(settings));
                attempts = new Attempts(0, now, now);
            }

            var count = attempts.Count + 1;
            var waitUntil = count < settings.SignInAttemptsPerAccountBeforeDelay ? now : now + DelayAfter(count, settings);
            _attempts[key] = new Attempts(count, now, waitUntil);
            retryAfter = TimeSpan.Zero;
            return true;
        }
    }

    /// <summary>The attempt signed in: the account's count from this device starts again.</summary>
    public void Succeeded(string key)
    {
        lock (_gate)
        {
            _attempts.Remove(key);
        }
    }

    /// <summary>The attempt neither failed nor succeeded (a code is still needed): it does not count.</summary>
    public void Released(string key)
    {
        lock (_gate)
        {
            if (_attempts.TryGetValue(key, out var attempts))
            {
                _attempts[key] = attempts with { Count = Math.Max(0, attempts.Count - 1), WaitUntil = attempts.LastAt };
            }
        }
    }

    private static TimeSpan ForgetAfter(AuthOptions settings) => settings.LongestSignInDelay * 2;

    private static TimeSpan DelayAfter(int count, AuthOptions settings)
    {
        var doublings = Math.Min(count - settings.SignInAttemptsPerAccountBeforeDelay, 20);
        var delay = settings.FirstSignInDelay * Math.Pow(2, doublings);
        return delay < settings.LongestSignInDelay ? delay : settings.LongestSignInDelay;
    }

    private void Prune(DateTimeOffset now, TimeSpan forgetAfter)
    {
        if (_attempts.Count < MaxTracked)
        {
            return;
        }

        foreach (var stale in _attempts.Where(a => now - a.Value.LastAt >= forgetAfter && now >= a.Value.WaitUntil).Select(a => a.Key).ToList())
        {
            _attempts.Remove(stale);
        }

        // Still full of fresh entries: those least recently tried and not waiting out a delay go first (an account under
        // attack is either), down to nine tenths, so the next full sweep is a tenth of the bound away.
        var excess = _attempts.Count - MaxTracked * 9 / 10;
        if (excess > 0)
        {
            foreach (var oldest in _attempts.OrderBy(a => a.Value.LastAt > a.Value.WaitUntil ? a.Value.LastAt : a.Value.WaitUntil).Take(excess).Select(a => a.Key).ToList())
            {
                _attempts.Remove(oldest);
            }
        }
    }

    /// <summary>How many accounts and devices are tracked now.</summary>
    public int Tracked
    {
        get
        {
            lock (_gate)
            {
                return _attempts.Count;
            }
        }
    }

    private sealed record Attempts(int Count, DateTimeOffset LastAt, DateTimeOffset WaitUntil);
}
