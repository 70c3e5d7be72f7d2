namespace Sellmetrics.Sandbox.Tests;

public sealed class SpecSchemasTests
{
    [Fact]
    public async Task TheStrictModelsRejectAPropertyTheModelDoesNotDeclare()
    {
        var schema = await SpecSchemas.AmazonAsync("ordersV0.json", "GetOrdersResponse");

        var errors = schema.Validate("""{"payload":{"Orders":[{"AmazonOrderId":"1","PurchaseDate":"x","LastUpdateDate":"x","OrderStatus":"Shipped","Misspelt":1}]}}""");

        Assert.Contains("NoAdditionalPropertiesAllowed: #/payload.Orders[0].Misspelt", string.Join("\n", errors), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheModelsRejectAMissingRequiredField()
    {
        var schema = await SpecSchemas.AmazonAsync("ordersV0.json", "GetOrdersResponse");

        var errors = schema.Validate("""{"payload":{"Orders":[{"AmazonOrderId":"1","PurchaseDate":"x","LastUpdateDate":"x"}]}}""");

        Assert.NotEmpty(errors);
    }
}
