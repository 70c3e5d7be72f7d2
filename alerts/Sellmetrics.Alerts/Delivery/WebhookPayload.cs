using System.Text.Json;
using Sellmetrics.Alerts.Messages;

namespace Sellmetrics.Alerts.Delivery;

/// <summary>The body posted to a webhook: Sellmetrics' own JSON, or Slack's incoming-webhook shape (<c>{"text": …}</c>).</summary>
public static class WebhookPayload
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Body(AlertMessage alert, Uri publicBaseUrl, bool slack)
    {
        var link = new Uri(publicBaseUrl, alert.PagePath.TrimStart('/')).AbsoluteUri;
        return slack
            ? JsonSerializer.Serialize(new { text = $"*{alert.Title}*\n{alert.Summary}\n<{link}|Open in Sellmetrics>" }, Json)
            : JsonSerializer.Serialize(
                new { id = alert.Id, kind = alert.Kind.ToString(), subject = alert.Subject, title = alert.Title, summary = alert.Summary, link, raisedAt = alert.RaisedAt },
                Json);
    }
}
