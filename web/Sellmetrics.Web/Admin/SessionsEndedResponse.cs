namespace Sellmetrics.Web.Admin;

/// <summary>How many sessions an admin ended.</summary>
public sealed record SessionsEndedResponse(int Ended);
