using System.Text;

namespace Sellmetrics.Alerts.Messages;

/// <summary>
/// One mail for the alerts due together (one alert, or a digest), each with its numbers and a link to its page under
/// <c>publicBaseUrl</c> (which ends with a slash).
/// </summary>
public static class AlertMail
{
    public static (string Subject, string Body) Compose(IReadOnlyList<AlertMessage> alerts, Uri publicBaseUrl, TimeZoneInfo zone)
    {
        if (alerts.Count == 0)
        {
            throw new ArgumentException("A mail needs at least one alert.", nameof(alerts));
        }

        var subject = alerts.Count == 1 ? $"Sellmetrics alert: {alerts[0].Title}" : $"Sellmetrics: {alerts.Count} alerts, first {alerts[0].Title}";
        var body = new StringBuilder();
        foreach (var alert in alerts)
        {
            var local = TimeZoneInfo.ConvertTime(alert.RaisedAt, zone);
            body.AppendLine(alert.Title)
                .AppendLine(alert.Summary)
                .AppendLine($"Raised {local:yyyy-MM-dd HH:mm} ({zone.Id}). Open: {new Uri(publicBaseUrl, alert.PagePath.TrimStart('/')).AbsoluteUri}")
                .AppendLine();
        }

        body.AppendLine($"You get these because you opted into them. Change your alerts: {new Uri(publicBaseUrl, "alerts.html").AbsoluteUri}");
        return (subject, body.ToString());
    }
}
