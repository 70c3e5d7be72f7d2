namespace Sellmetrics.Data.Alerts;

/// <summary>Where a tenant's webhook alerts go, in which shape, and its signing secret as sealed (never in the clear here).</summary>
public sealed record AlertWebhook(string Url, bool Slack, string SealedSecret, DateTimeOffset UpdatedAt)
{
    public override string ToString() => $"AlertWebhook(slack: {Slack})";
}
