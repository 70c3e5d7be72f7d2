using Sellmetrics.Testing;

namespace Sellmetrics.Web.Tests.Infrastructure;

/// <summary>Reads a tenant's audit log straight from its schema, as an independent witness of what was audited.</summary>
public static class AuditTrail
{
    public static async Task<List<string>> ActionsAsync(SellmetricsApp app, Guid tenantId)
    {
        await using var database = app.OpenDatabase();
        var schema = await database.ScalarAsync<string>("SELECT schema_name FROM identity.tenants WHERE id = @id", ("id", tenantId));
        return await database.ListAsync<string>($"SELECT action FROM \"{schema}\".audit_log ORDER BY id");
    }
}
