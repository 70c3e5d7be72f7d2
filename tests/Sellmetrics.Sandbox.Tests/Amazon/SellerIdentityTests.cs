using System.Net;
using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Amazon;

/// <summary>As Amazon: an access token belongs to one seller, and the SP-API answers for that seller only.</summary>
public sealed class SellerIdentityTests
{
    [Fact]
    public async Task MarketplaceParticipationsDescribeTheTokensSellerInTheSpecsShape()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateSellerAsync(seed: 4711);
        var token = await sandbox.AmazonTokenAsync(seller);

        var text = await sandbox.SpApiTextAsync(token, "/sellers/v1/marketplaceParticipations");

        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("sellers.json", "GetMarketplaceParticipationsResponse"), text);
        var marketplaces = JsonDocument.Parse(text).RootElement.GetProperty("payload").EnumerateArray()
            .Select(p => p.GetProperty("marketplace").GetProperty("id").GetString()).ToList();
        Assert.Contains(seller.MarketplaceId, marketplaces);
    }

    [Fact]
    public async Task SearchingListingsUnderAnotherSellersIdIsRefusedAndUnderOnesOwnFollowsTheSpec()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var victim = await sandbox.CreateSellerAsync(seed: 4712);
        var attacker = await sandbox.CreateSellerAsync(seed: 4713);
        var token = await sandbox.AmazonTokenAsync(attacker);

        using var foreign = await sandbox.SpApiAsync(token, $"/listings/2021-08-01/items/{victim.SellerId}?marketplaceIds=ATVPDKIKX0DER&pageSize=1");
        var own = await sandbox.SpApiTextAsync(token, $"/listings/2021-08-01/items/{attacker.SellerId}?marketplaceIds=ATVPDKIKX0DER&pageSize=2");

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("listingsItems_2021-08-01.json", "ItemSearchResults"), own);
        Assert.Equal(2, JsonDocument.Parse(own).RootElement.GetProperty("items").GetArrayLength());
    }
}
