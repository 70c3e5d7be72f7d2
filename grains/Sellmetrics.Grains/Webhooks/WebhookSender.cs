using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Sellmetrics.Alerts.Delivery;
using Sellmetrics.Data.Alerts;
using Sellmetrics.Data.Webhooks;
using Sellmetrics.Grains.Outbox;
using Sellmetrics.Security.Fernet;

namespace Sellmetrics.Grains.Webhooks;

/// <summary>
/// Posts due alert webhooks to the tenant's current webhook URL, signed with its current secret (opened only for the
/// post); a non-success answer is a failed attempt, retried like mail.
/// </summary>
public sealed class WebhookSender(
    WebhookOutbox outbox,
    AlertWebhookStore webhooks,
    FernetKeyRing keys,
    IHttpClientFactory clients,
    WebhookOutboxSignal signal,
    IOptions<WebhookOptions> options,
    TimeProvider time,
    ILogger<WebhookSender> logger) : OutboxSender<OutboxWebhook>(outbox, signal, options.Value, logger)
{
    /// <summary>The named HTTP client webhooks are posted with (its handler keeps them off private addresses).</summary>
    public const string ClientName = "alert-webhooks";

    protected override string Kind => "Webhook";

    protected override async Task DeliverAsync(OutboxWebhook row, CancellationToken cancellationToken)
    {
        var webhook = await webhooks.GetAsync(row.Webhook.TenantId, cancellationToken) ?? throw new WebhookRemovedException();
        using var request = new HttpRequestMessage(HttpMethod.Post, webhook.Url)
        {
            Content = new StringContent(row.Webhook.Body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSignature.HeaderName, WebhookSignature.Sign(keys.Decrypt(webhook.SealedSecret), time.GetUtcNow(), row.Webhook.Body));
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Sellmetrics-Webhooks", "1"));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        using var response = await clients.CreateClient(ClientName).SendAsync(request, timeout.Token);
        response.EnsureSuccessStatusCode();
    }
}
