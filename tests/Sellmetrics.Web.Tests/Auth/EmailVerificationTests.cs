using System.Net;
using System.Text.Json;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Auth;

public sealed class EmailVerificationTests(ClassApp shared) : IClassFixture<ClassApp>
{
    private SellmetricsApp App => shared.App;

    [Fact]
    public async Task AVerificationLinkWorksOnceAndNeverAfterItExpires()
    {
        var seller = await Seller.SignUpAsync(App, "Mover");
        var first = Address("moved");
        await Accepted(await seller.Browser.SendJsonAsync(HttpMethod.Patch, "/api/account", new { email = first, password = seller.Password }));
        var token = await App.Mailbox.WaitForTokenAsync(first);
        Assert.StartsWith(new Uri(App.Address, "/verify-email.html#token=").ToString(), Mailbox.LinkIn(App.Mailbox.To(first)[0].TextBody).ToString());

        // The link may be opened in any browser, signed in or not: the token is the proof.
        using var elsewhere = App.CreateClient();
        await elsewhere.SessionAsync();
        Assert.Equal(HttpStatusCode.NoContent, (await elsewhere.SendJsonAsync(HttpMethod.Post, "/api/account/email/verify", new { token })).StatusCode);
        var replay = await elsewhere.SendJsonAsync(HttpMethod.Post, "/api/account/email/verify", new { token });
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal(first, (await Account(seller)).GetProperty("email").GetString());

        var second = Address("late");
        await Accepted(await seller.Browser.SendJsonAsync(HttpMethod.Patch, "/api/account", new { email = second, password = seller.Password }));
        var late = await App.Mailbox.WaitForTokenAsync(second);
        App.BusinessTime.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Gone, (await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/email/verify", new { token = late })).StatusCode);
        Assert.Equal(first, (await Account(seller)).GetProperty("email").GetString());
        Assert.DoesNotContain(App.Logs.Lines, line => line.Contains(token, StringComparison.Ordinal) || line.Contains(late, StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhoeverOpensTheLinkMailedToAnAddressGetsItWhoeverElseAskedForIt()
    {
        var owner = await Seller.SignUpAsync(App, "Owner");
        var thief = await Seller.SignUpAsync(App, "Thief");
        var wanted = Address("wanted");
        await Accepted(await owner.Browser.SendJsonAsync(HttpMethod.Patch, "/api/account", new { email = wanted, password = owner.Password }));
        var ownersToken = await App.Mailbox.WaitForTokenAsync(wanted);

        await Accepted(await thief.Browser.SendJsonAsync(HttpMethod.Patch, "/api/account", new { email = wanted, password = thief.Password }));
        Assert.Equal(wanted, (await Account(thief)).GetProperty("pendingEmail").GetString());
        Assert.Equal(HttpStatusCode.Accepted, (await thief.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/email/resend")).StatusCode);

        await VerifyAsync(owner, ownersToken);
        Assert.Equal(wanted, (await Account(owner)).GetProperty("email").GetString());
        Assert.Equal(thief.Email, (await Account(thief)).GetProperty("email").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await App.CreateClient().RegisterAsync(wanted, "Canary-Password-take-it")).StatusCode);
        var thiefsToken = await App.Mailbox.WaitForTokenAsync(wanted, count: 3);
        Assert.Equal(HttpStatusCode.Conflict, (await thief.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/email/verify", new { token = thiefsToken })).StatusCode);
    }

    [Fact]
    public async Task OpeningALinkFailsWhenItsAddressWasTakenMeanwhile()
    {
        var asker = await Seller.SignUpAsync(App, "Asker");
        var other = await Seller.SignUpAsync(App, "Other");
        var contested = Address("contested");
        await Accepted(await asker.Browser.SendJsonAsync(HttpMethod.Patch, "/api/account", new { email = contested, password = asker.Password }));
        var token = await App.Mailbox.WaitForTokenAsync(contested);
        await using (var database = App.OpenDatabase())
        {
            // No endpoint lets another account take a claimed address; this stands for any way one might.
            await database.ScalarAsync<int>(
                "UPDATE identity.users SET email = @email, email_verified_at = now() WHERE id = @id RETURNING 1", ("email", contested), ("id", other.UserId));
        }

        var opened = await asker.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/email/verify", new { token });

        Assert.Equal(HttpStatusCode.Conflict, opened.StatusCode);
        Assert.Equal(asker.Email, (await Account(asker)).GetProperty("email").GetString());
    }

    [Fact]
    public async Task ChangingTheEmailAnswersTheSameWhetherTheAddressIsFreeOrTakenAndIsThrottled()
    {
        var holder = await Seller.SignUpAsync(App, "Holder");
        await holder.VerifyEmailAsync(App);
        var prober = await Seller.SignUpAsync(App, "Prober");
        var free = Address("free");

        var taken = await prober.Browser.SendJsonAsync(HttpMethod.Patch, "/api/account", new { email = holder.Email, password = prober.Password });
        var takenBody = Without(await AppClient.ReadAsync(taken), "pendingEmail");
        var available = await prober.Browser.SendJsonAsync(HttpMethod.Patch, "/api/account", new { email = free, password = prober.Password });
        var availableBody = Without(await AppClient.ReadAsync(available), "pendingEmail");

        Assert.Equal(HttpStatusCode.Accepted, taken.StatusCode);
        Assert.Equal(taken.StatusCode, available.StatusCode);
        Assert.Equal(takenBody, availableBody);
        await App.Mailbox.WaitForTokenAsync(free);
        Assert.Equal(1L, await MailsQueuedToAsync(holder.Email));

        HttpResponseMessage last;
        var tries = 2;
        do
        {
            last = await prober.Browser.SendJsonAsync(HttpMethod.Patch, "/api/account", new { email = Address("probe"), password = prober.Password });
            tries++;
        }
        while (last.StatusCode == HttpStatusCode.Accepted && tries < 50);

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.True(tries <= 6, $"throttled only after {tries} requests");
        Assert.NotNull(last.Headers.RetryAfter);
    }

    [Fact]
    public async Task AResentLinkReplacesTheOldOne()
    {
        var seller = await Seller.SignUpAsync(App, "Forgetful");
        var oldToken = await App.Mailbox.WaitForTokenAsync(seller.Email);
        Assert.False((await Account(seller)).GetProperty("emailVerified").GetBoolean());

        Assert.Equal(HttpStatusCode.Accepted, (await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/email/resend")).StatusCode);
        var newToken = await App.Mailbox.WaitForTokenAsync(seller.Email, count: 2);

        Assert.Equal(HttpStatusCode.BadRequest, (await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/email/verify", new { token = oldToken })).StatusCode);
        await VerifyAsync(seller, newToken);
        Assert.True((await Account(seller)).GetProperty("emailVerified").GetBoolean());
    }

    private static async Task VerifyAsync(Seller seller, string token) =>
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Post, "/api/account/email/verify", new { token }));

    private async Task<long> MailsQueuedToAsync(string recipient)
    {
        await using var database = App.OpenDatabase();
        return await database.ScalarAsync<long>("SELECT count(*) FROM sellmetrics.mail_outbox WHERE lower(recipient) = lower(@to)", ("to", recipient));
    }

    private static string Address(string name) => $"{name}-{Guid.NewGuid():N}@shop.test";

    private static async Task Accepted(HttpResponseMessage response) =>
        Assert.Equal(HttpStatusCode.Accepted, (await AppClient.EnsureOkAsync(response)).StatusCode);

    private static async Task<JsonElement> Account(Seller seller) =>
        await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await seller.Browser.GetAsync("/api/account")));

    private static string Without(JsonElement body, string property) =>
        JsonSerializer.Serialize(body.EnumerateObject().Where(field => field.Name != property).ToDictionary(field => field.Name, field => field.Value));
}
