using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Sellmetrics.Grains.Webhooks;

public static class WebhookClient
{
    /// <summary>The named client webhooks are posted with: no redirects, and only public addresses unless allowed.</summary>
    public static IServiceCollection AddWebhookClient(this IServiceCollection services)
    {
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigurePrimaryHttpMessageHandler(provider => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                ConnectCallback = provider.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowPrivateAddresses ? null : PublicAddresses.ConnectAsync,
            });
        return services;
    }
}
