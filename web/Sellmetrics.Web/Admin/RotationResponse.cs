namespace Sellmetrics.Web.Admin;

/// <summary>How many accounts had their sealed secrets re-sealed under the newest key.</summary>
public sealed record RotationResponse(int AccountsResealed);
