namespace Sellmetrics.Alerts.Rules;

/// <summary>Where a rule's alerts go: live in the app, by email, to a signed webhook.</summary>
[Flags]
public enum AlertChannels
{
    None = 0,
    InApp = 1,
    Email = 2,
    Webhook = 4,
}
