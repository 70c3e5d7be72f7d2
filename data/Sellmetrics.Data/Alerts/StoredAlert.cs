using Sellmetrics.Alerts.Messages;

namespace Sellmetrics.Data.Alerts;

/// <summary>An alert as kept for the seller: what it said, the rule that raised it (gone when the rule was deleted), and when it was read.</summary>
public sealed record StoredAlert(AlertMessage Message, Guid? RuleId, DateTimeOffset? ReadAt);
