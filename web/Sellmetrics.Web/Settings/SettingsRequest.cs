namespace Sellmetrics.Web.Settings;

/// <summary>The body of <c>PUT /api/settings</c>.</summary>
public sealed record SettingsRequest(string? TimeZone);
