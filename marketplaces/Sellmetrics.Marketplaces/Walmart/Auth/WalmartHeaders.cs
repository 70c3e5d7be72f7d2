namespace Sellmetrics.Marketplaces.Walmart.Auth;

/// <summary>The WM_* request headers.</summary>
internal static class WalmartHeaders
{
    public const string AccessToken = "WM_SEC.ACCESS_TOKEN";
    public const string CorrelationId = "WM_QOS.CORRELATION_ID";
    public const string ServiceName = "WM_SVC.NAME";
    public const string ChannelType = "WM_CONSUMER.CHANNEL.TYPE";

    /// <summary>Sets the headers every Walmart call needs, with a fresh correlation id.</summary>
    public static void Apply(HttpRequestMessage request, WalmartOptions options)
    {
        foreach (var name in (string[])[CorrelationId, ServiceName, ChannelType])
        {
            request.Headers.Remove(name);
        }

        request.Headers.TryAddWithoutValidation(CorrelationId, Guid.NewGuid().ToString());
        request.Headers.TryAddWithoutValidation(ServiceName, options.ServiceName);
        if (!string.IsNullOrEmpty(options.ChannelType))
        {
            request.Headers.TryAddWithoutValidation(ChannelType, options.ChannelType);
        }

        if (!request.Headers.Accept.Any())
        {
            request.Headers.Accept.ParseAdd("application/json");
        }
    }
}
