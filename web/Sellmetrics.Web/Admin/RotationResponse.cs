namespace Sellmetrics.Web.Admin;

/// <summary>How many accounts and marketplace connections had their sealed secrets re-sealed under the newest key.</summary>
public sealed record RotationResponse(int AccountsResealed, int ConnectionsResealed);
