namespace Sellmetrics.Alerts.Conditions;

/// <summary>One rule's condition for one subject: what must clear before the same alert may be raised again.</summary>
public sealed record ConditionKey(Guid RuleId, string Subject);
