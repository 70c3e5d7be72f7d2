using Sellmetrics.Grains.Webhooks;

namespace Sellmetrics.Silo.Hosting;

public static class AlertServices
{
    /// <summary>The alert webhook outbox's sender, posting through a client that reaches only public addresses unless allowed.</summary>
    public static WebApplicationBuilder AddAlertDelivery(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebhookOptions>()
            .BindConfiguration(WebhookOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<WebhookOutboxSignal>();
        builder.Services.AddWebhookClient();
        builder.Services.AddHostedService<WebhookSender>();
        return builder;
    }
}
