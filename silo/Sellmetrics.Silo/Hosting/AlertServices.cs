using Sellmetrics.Grains.Alerts;
using Sellmetrics.Grains.Webhooks;

namespace Sellmetrics.Silo.Hosting;

public static class AlertServices
{
    /// <summary>
    /// Alert delivery: the dispatcher that hands due alerts to the mail and webhook outboxes, and the webhook sender posting
    /// through a client that reaches only public addresses unless allowed.
    /// </summary>
    public static WebApplicationBuilder AddAlertDelivery(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>()
            .BindConfiguration(WebhookOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<WebhookOutboxSignal>();
        builder.Services.AddSingleton<AlertDispatcher>();
        builder.Services.AddWebhookClient();
        builder.Services.AddHostedService<WebhookSender>();
        return builder;
    }
}
