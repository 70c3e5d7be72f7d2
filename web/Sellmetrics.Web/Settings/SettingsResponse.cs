namespace Sellmetrics.Web.Settings;

/// <summary>The tenant's settings: its reporting time zone (IANA id).</summary>
public sealed record SettingsResponse(string TimeZone);
