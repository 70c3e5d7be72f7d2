namespace Sellmetrics.Data.Identity;

/// <summary>Who asked for a tenant's purge and why, as recorded when the purge started.</summary>
public sealed record PurgeRequest(string PurgedBy, string Reason);
