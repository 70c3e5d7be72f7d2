using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Sellmetrics.Web.Auth;

namespace Sellmetrics.Web.Tests.Auth;

public sealed class SignInThrottleTests
{
    [Fact]
    public void AWideStuffingRunOfFreshAccountsStaysBoundedAndTheAccountUnderAttackKeepsItsDelay()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var throttle = new SignInThrottle(Options.Create(new AuthOptions()), time);
        var victim = SignInThrottle.KeyOf("victim@shop.test", null);
        while (throttle.TryBegin(victim, out _))
        {
        }

        for (var i = 0; i < SignInThrottle.MaxTracked * 3 / 2; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(1));
            Assert.True(throttle.TryBegin(SignInThrottle.KeyOf($"stuffed-{i}@shop.test", null), out _));
            if (i % 1_000 == 0)
            {
                throttle.TryBegin(victim, out _);
            }

            Assert.True(throttle.Tracked <= SignInThrottle.MaxTracked);
        }

        Assert.False(throttle.TryBegin(victim, out var retryAfter));
        Assert.True(retryAfter > TimeSpan.Zero);
    }
}
