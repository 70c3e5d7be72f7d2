using Microsoft.Extensions.DependencyInjection;
using Sellmetrics.Marketplaces.Amazon;
using Sellmetrics.Marketplaces.Auth;
using Sellmetrics.Sandbox.Sellers;

namespace Sellmetrics.Marketplaces.Tests.Sandbox;

/// <summary>The credential check proves whose account a grant is for, before a seller id keys any shared state.</summary>
public sealed class AmazonAccountVerificationSandboxTests
{
    [Fact]
    public async Task OnesOwnValidKeysWithAnotherSellersIdAreTheWrongAccountAndUseNoPipeline()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 60);
        var victim = await sandbox.CreateSellerAsync(seed: 821);
        var attacker = await sandbox.CreateSellerAsync(seed: 822);
        var check = sandbox.Services.GetRequiredService<CredentialCheck>();

        var claimed = await check.CheckAsync(Credentials(attacker, victim.SellerId), TestContext.Current.CancellationToken);
        var own = await check.CheckAsync(Credentials(attacker, attacker.SellerId), TestContext.Current.CancellationToken);

        Assert.Equal(CredentialCheckOutcome.WrongAccount, claimed);
        Assert.Equal(CredentialCheckOutcome.Accepted, own);
        Assert.Equal(0, sandbox.Services.GetRequiredService<MarketplaceCallStatistics>().Total);
    }

    [Fact]
    public async Task AMarketplaceTheSellerDoesNotSellInIsTheWrongAccount()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 60);
        var seller = await sandbox.CreateSellerAsync(seed: 823);
        var check = sandbox.Services.GetRequiredService<CredentialCheck>();
        const string mexico = "A1AM78C64UM0Y8";

        var outcome = await check.CheckAsync(Credentials(seller, seller.SellerId) with { MarketplaceId = mexico }, TestContext.Current.CancellationToken);

        Assert.Equal(CredentialCheckOutcome.WrongAccount, outcome);
    }

    [Fact]
    public void TheRateAccountIsOnePerApplicationAndSellerAsAmazonMetersIt()
    {
        var first = new AmazonSellerCredentials("amzn1.application-oa2-client.one", "s1", "Atzr|t1", "A1SELLER00000", "ATVPDKIKX0DER", AmazonRegion.NA);
        var sameAppOtherGrant = first with { LwaClientSecret = "s2", RefreshToken = "Atzr|t2" };
        var otherApp = first with { LwaClientId = "amzn1.application-oa2-client.two" };
        var otherSeller = first with { SellerId = "A2SELLER00000" };

        Assert.Equal(first.Account, sameAppOtherGrant.Account);
        Assert.NotEqual(first.Account, otherApp.Account);
        Assert.NotEqual(first.Account, otherSeller.Account);
        Assert.DoesNotContain("amzn1.application-oa2-client.one", first.Account, StringComparison.Ordinal);
    }

    private static AmazonSellerCredentials Credentials(SellerCredentials keys, string sellerId) =>
        new(keys.LwaClientId, keys.LwaClientSecret, keys.RefreshToken, sellerId, keys.MarketplaceId, AmazonRegion.NA);
}
