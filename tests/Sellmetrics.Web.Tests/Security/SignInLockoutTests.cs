using System.Globalization;
using System.Net;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Security;

/// <summary>Guessing one account's password is slowed ever more, while its owner still signs in.</summary>
public sealed class SignInLockoutTests(SignInLockoutTests.ThreeAttemptsApp shared) : IClassFixture<SignInLockoutTests.ThreeAttemptsApp>
{
    /// <summary>The class's own app (its tests move its clock), slowing guesses after three misses.</summary>
    public sealed class ThreeAttemptsApp(TestPostgres postgres) : ClassApp(postgres)
    {
        protected override IDictionary<string, string?>? Settings { get; } = new Dictionary<string, string?> { ["Auth:SignInAttemptsPerAccountBeforeDelay"] = "3" };
    }

    [Fact]
    public async Task AGuesserWaitsLongerAfterEachMissWhileTheOwnersOwnBrowserSignsInAtOnce()
    {
        var app = shared.App;
        var seller = await Seller.SignUpAsync(app, "Target");
        using var attacker = app.CreateClient();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.LoginAsync(seller.Email, $"guess number {attempt} of many")).StatusCode);
        }

        var rightPasswordFromAttacker = await attacker.LoginAsync(seller.Email, seller.Password);
        var owner = await seller.Browser.LoginAsync(seller.Email, seller.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, rightPasswordFromAttacker.StatusCode);
        var firstWait = RetryAfterOf(rightPasswordFromAttacker);
        Assert.InRange(firstWait, 1, 30);
        await AppClient.EnsureOkAsync(owner);

        app.BusinessTime.Advance(TimeSpan.FromSeconds(firstWait));
        Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.LoginAsync(seller.Email, "one more guess after the wait")).StatusCode);
        var secondWait = RetryAfterOf(await attacker.LoginAsync(seller.Email, "and another guess at once"));
        Assert.True(secondWait > firstWait, $"the wait grew from {firstWait} s to {secondWait} s");
    }

    [Fact]
    public async Task TheOwnerOnANewDeviceGetsInAfterTheWaitAndAnotherAccountsDeviceCookieDoesNotSkipIt()
    {
        var app = shared.App;
        var seller = await Seller.SignUpAsync(app, "Traveller");
        var attacker = await Seller.SignUpAsync(app, "Attacker");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await attacker.Browser.LoginAsync(seller.Email, $"guess number {attempt} of many")).StatusCode);
        }

        var withOwnDeviceCookie = await attacker.Browser.LoginAsync(seller.Email, "a guess with a device cookie of my own");
        using var hotelComputer = app.CreateClient();
        var ownerTooEarly = await hotelComputer.LoginAsync(seller.Email, seller.Password);
        app.BusinessTime.Advance(TimeSpan.FromSeconds(RetryAfterOf(ownerTooEarly)));
        var ownerAfterTheWait = await hotelComputer.LoginAsync(seller.Email, seller.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, withOwnDeviceCookie.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, ownerTooEarly.StatusCode);
        await AppClient.EnsureOkAsync(ownerAfterTheWait);
    }

    private static int RetryAfterOf(HttpResponseMessage response) =>
        int.Parse(response.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
}
