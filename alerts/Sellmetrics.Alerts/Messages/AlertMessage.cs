using Sellmetrics.Alerts.Rules;

namespace Sellmetrics.Alerts.Messages;

/// <summary>What an alert says on every channel: what happened (title), the numbers (summary) and the page to open.</summary>
public sealed record AlertMessage(Guid Id, AlertKind Kind, string Subject, string Title, string Summary, string PagePath, DateTimeOffset RaisedAt)
{
    public static AlertMessage Of(Guid id, Conditions.Observation observation, DateTimeOffset raisedAt) => new(
        id,
        observation.Kind,
        observation.Subject,
        AlertWording.Title(observation.Kind, observation.Subject),
        observation.Summary,
        AlertWording.PagePath(observation.Kind, observation.Subject),
        raisedAt);
}
