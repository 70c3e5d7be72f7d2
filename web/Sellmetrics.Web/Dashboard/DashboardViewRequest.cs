namespace Sellmetrics.Web.Dashboard;

/// <summary>What a browser asks to watch: <c>from</c> and <c>to</c> as <c>YYYY-MM-DD</c>, and a marketplace id or null for all.</summary>
public sealed record DashboardViewRequest(string? From, string? To, string? Marketplace);
