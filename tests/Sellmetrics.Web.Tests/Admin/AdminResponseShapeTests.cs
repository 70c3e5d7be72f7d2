using System.Text.Json;
using Sellmetrics.Testing;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Admin;

/// <summary>The admin page (wwwroot/js/pages/admin.js) reads these exact JSON properties of the tenant list and a tenant's summary.</summary>
public sealed class AdminResponseShapeTests(TestPostgres postgres)
{
    [Fact]
    public async Task TheTenantListAndSummaryKeepTheFieldsTheAdminPageReads()
    {
        await using var app = await SellmetricsApp.StartAsync(postgres);
        var admin = await Seller.SignUpAdminAsync(app);
        var seller = await Seller.SignUpAsync(app, "Inspected");

        var list = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await admin.Browser.GetAsync("/api/admin/tenants")));
        var listed = list.EnumerateArray().Single(tenant => tenant.GetProperty("tenantId").GetGuid() == seller.TenantId);
        Assert.Equal(["createdAt", "purgeAfter", "status", "tenantId", "userCount"], NamesOf(listed));
        Assert.Equal("Active", listed.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("purgeAfter").ValueKind);
        Assert.Equal(1, listed.GetProperty("userCount").GetInt32());

        var summary = await AppClient.ReadAsync(await AppClient.EnsureOkAsync(await admin.Browser.GetAsync($"/api/admin/tenants/{seller.TenantId}")));
        Assert.Equal(
            ["activatedAt", "activationSilo", "connections", "createdAt", "grainStateRows", "purgeAfter", "reminders", "schemaBytes", "schemaTables",
                "status", "tenantId", "userCount"],
            NamesOf(summary));
        Assert.Equal(seller.TenantId, summary.GetProperty("tenantId").GetGuid());
        Assert.Equal(listed.GetProperty("createdAt").GetDateTimeOffset(), summary.GetProperty("createdAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Array, summary.GetProperty("connections").ValueKind);
        Assert.Empty(summary.GetProperty("connections").EnumerateArray());
        Assert.True(summary.GetProperty("schemaBytes").GetInt64() > 0);
    }

    private static string[] NamesOf(JsonElement element) => [.. element.EnumerateObject().Select(property => property.Name).Order(StringComparer.Ordinal)];
}
