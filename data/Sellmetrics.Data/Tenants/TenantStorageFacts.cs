namespace Sellmetrics.Data.Tenants;

/// <summary>What a tenant occupies: bytes and tables of its schema, grain-state rows and reminders.</summary>
public sealed record TenantStorageFacts(long SchemaBytes, int SchemaTables, int GrainStateRows, int Reminders);
