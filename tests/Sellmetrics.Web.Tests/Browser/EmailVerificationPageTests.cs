using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class EmailVerificationPageTests(SharedApp shared, Chromium chromium) : IClassFixture<SharedApp>
{
    [Fact]
    public async Task TheLinkMailedAtSignUpConfirmsTheAddressInTheBrowserAndLeavesNoTokenInTheAddressBar()
    {
        var app = shared.App;
        await using var seller = await SellerBrowser.SignUpAsync(chromium.Browser, app, "Confirming");
        var token = await app.Mailbox.WaitForTokenAsync(seller.Email);
        var link = Mailbox.LinkIn(app.Mailbox.To(seller.Email)[^1].TextBody);
        Assert.EndsWith(token, link.ToString(), StringComparison.Ordinal);
        Assert.Equal(app.Address.Authority, link.Authority);

        await seller.Page.GotoAsync(link.ToString());
        await seller.Page.Locator("#verify-status", new() { HasTextString = "confirmed" }).WaitForAsync();

        Assert.DoesNotContain("token", seller.Page.Url, StringComparison.Ordinal);
        Assert.True((await seller.GetJsonAsync("/api/account")).GetProperty("emailVerified").GetBoolean());
    }
}
