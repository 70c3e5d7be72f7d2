using Sellmetrics.Grains.Outbox;

namespace Sellmetrics.Grains.Webhooks;

/// <summary>How alert webhooks are posted (section <c>Webhooks</c>).</summary>
public sealed class WebhookOptions : OutboxDeliveryOptions
{
    public const string Section = "Webhooks";

    /// <summary>
    /// Whether a webhook may point at a loopback, private or link-local address. Off in production, so a seller's URL
    /// cannot reach the operator's internal network; on for local use and tests with a receiver on this machine.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    public WebhookOptions() => Timeout = TimeSpan.FromSeconds(10);
}
