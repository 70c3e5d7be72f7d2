using Npgsql;
using Sellmetrics.Alerts.Delivery;
using Sellmetrics.Alerts.Messages;
using Sellmetrics.Alerts.Rules;
using Sellmetrics.Data.Alerts;
using Sellmetrics.Data.Identity;
using Sellmetrics.Data.Mail;
using Sellmetrics.Data.Webhooks;
using Sellmetrics.Grains.Mail;
using Sellmetrics.Grains.Webhooks;

namespace Sellmetrics.Grains.Alerts;

/// <summary>
/// Hands a tenant's alerts that are due on email or webhook to those outboxes: all mail due at once goes as one mail
/// (a digest when several) to each verified address of the tenant, each alert as one webhook post. Alerts due later (quiet
/// hours, digests) wait for a later call.
/// </summary>
public sealed class AlertDispatcher(
    AlertStore alerts,
    AlertWebhookStore webhooks,
    TenantStore tenants,
    NpgsqlDataSource dataSource,
    WebhookOutbox webhookOutbox,
    MailOutboxSignal mailSignal,
    WebhookOutboxSignal webhookSignal,
    IPublicLinks links,
    TimeProvider time)
{
    public async Task DispatchDueAsync(Guid tenantId, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        await MailDueAsync(tenantId, zone, now, cancellationToken);
        await PostDueAsync(tenantId, now, cancellationToken);
    }

    private async Task MailDueAsync(Guid tenantId, TimeZoneInfo zone, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await alerts.DueAsync(tenantId, AlertChannels.Email, now, cancellationToken);
        if (due.Count == 0)
        {
            return;
        }

        var (subject, body) = AlertMail.Compose([.. due.Select(a => a.Message)], links.To("/"), zone);
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var recipient in await tenants.ListVerifiedEmailsAsync(tenantId, cancellationToken))
            {
                await MailOutbox.EnqueueAsync(connection, transaction, new OutgoingMail(recipient, subject, body), cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await alerts.MarkDeliveredAsync(tenantId, [.. due.Select(a => a.Message.Id)], AlertChannels.Email, now, cancellationToken);
        mailSignal.Notify();
    }

    private async Task PostDueAsync(Guid tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = await alerts.DueAsync(tenantId, AlertChannels.Webhook, now, cancellationToken);
        if (due.Count == 0)
        {
            return;
        }

        // Without a webhook there is nowhere to post: the deliveries are closed, not kept for a URL set later.
        if (await webhooks.GetAsync(tenantId, cancellationToken) is { } webhook)
        {
            var baseUrl = links.To("/");
            await webhookOutbox.EnqueueAsync(
                [.. due.Select(a => new OutgoingWebhook(tenantId, webhook.Url, WebhookPayload.Body(a.Message, baseUrl, webhook.Slack)))],
                cancellationToken);
        }

        await alerts.MarkDeliveredAsync(tenantId, [.. due.Select(a => a.Message.Id)], AlertChannels.Webhook, now, cancellationToken);
        webhookSignal.Notify();
    }
}
