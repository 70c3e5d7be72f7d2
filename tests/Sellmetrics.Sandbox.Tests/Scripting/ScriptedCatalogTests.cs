using System.Text.Json;

namespace Sellmetrics.Sandbox.Tests.Scripting;

public sealed class ScriptedCatalogTests
{
    [Fact]
    public async Task InventorySummariesShowTheScriptedStockAndNoneForTheRest()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var token = await sandbox.AmazonTokenAsync(await sandbox.CreateScriptedSellerAsync(GoldenScript.For(9301)));

        var text = await sandbox.SpApiTextAsync(token, $"/fba/inventory/v1/summaries?granularityType=Marketplace&granularityId={GoldenScript.Us}&marketplaceIds={GoldenScript.Us}&details=true");

        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("fbaInventory.json", "GetInventorySummariesResponse"), text);
        var summaries = JsonDocument.Parse(text).RootElement.GetProperty("payload").GetProperty("inventorySummaries").EnumerateArray().ToList();
        Assert.Equal(["MUG-01", "TEE-01"], summaries.Select(s => s.GetProperty("sellerSku").GetString()));
        var details = summaries[0].GetProperty("inventoryDetails");
        Assert.Equal((10, 5, 1, 1), (details.GetProperty("fulfillableQuantity").GetInt32(), details.GetProperty("inboundShippedQuantity").GetInt32(),
            details.GetProperty("reservedQuantity").GetProperty("totalReservedQuantity").GetInt32(), details.GetProperty("unfulfillableQuantity").GetProperty("customerDamagedQuantity").GetInt32()));
        Assert.Equal([17, 0], summaries.Select(s => s.GetProperty("totalQuantity").GetInt32()));
    }

    [Fact]
    public async Task CatalogItemsAndListingsShowTheScriptedProducts()
    {
        await using var sandbox = await SandboxApp.StartAsync();
        var seller = await sandbox.CreateScriptedSellerAsync(GoldenScript.For(9302));
        var token = await sandbox.AmazonTokenAsync(seller);

        var catalog = await sandbox.SpApiTextAsync(token, $"/catalog/2022-04-01/items/B0GOLD0001?marketplaceIds={GoldenScript.Us}&includedData=summaries,attributes,identifiers,images");
        var listing = await sandbox.SpApiTextAsync(token, $"/listings/2021-08-01/items/{seller.SellerId}/MUG-01?marketplaceIds={GoldenScript.Us}&includedData=summaries,offers,fulfillmentAvailability");

        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("catalogItems_2022-04-01.json", "Item"), catalog);
        SpecSchemas.AssertValid(await SpecSchemas.AmazonAsync("listingsItems_2021-08-01.json", "Item"), listing);
        Assert.Equal("Golden Mug", JsonDocument.Parse(catalog).RootElement.GetProperty("summaries")[0].GetProperty("itemName").GetString());
        var root = JsonDocument.Parse(listing).RootElement;
        Assert.Equal(("B0GOLD0001", "Golden Mug"), (root.GetProperty("summaries")[0].GetProperty("asin").GetString(), root.GetProperty("summaries")[0].GetProperty("itemName").GetString()));
        Assert.Equal("20.00", root.GetProperty("offers")[0].GetProperty("price").GetProperty("amount").GetString());
        Assert.Equal(10, root.GetProperty("fulfillmentAvailability")[0].GetProperty("quantity").GetInt32());
    }
}
