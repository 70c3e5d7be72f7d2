using Sellmetrics.Grains.Tenants;

namespace Sellmetrics.Web.Admin;

/// <summary>A tenant as the admin page inspects it: its lifecycle, users, connections, activation and storage; no business data.</summary>
public sealed record TenantSummaryResponse(
    Guid TenantId,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? PurgeAfter,
    int UserCount,
    IReadOnlyList<string> Connections,
    string ActivationSilo,
    DateTimeOffset ActivatedAt,
    long SchemaBytes,
    int SchemaTables,
    int GrainStateRows,
    int Reminders)
{
    public static TenantSummaryResponse From(TenantSummary summary) => new(
        summary.TenantId,
        summary.Status,
        summary.CreatedAt,
        summary.PurgeAfter,
        summary.UserCount,
        summary.Connections,
        summary.ActivationSilo,
        summary.ActivatedAt,
        summary.SchemaBytes,
        summary.SchemaTables,
        summary.GrainStateRows,
        summary.Reminders);
}
