namespace Sellmetrics.Alerts.Conditions;

/// <summary>The conditions active after a check, those that began to hold (each one alert), and those that cleared.</summary>
public sealed record LatchResult(IReadOnlySet<ConditionKey> Active, IReadOnlyList<Observation> Raised, IReadOnlyList<ConditionKey> Cleared);
