namespace Sellmetrics.Alerts.Conditions;

/// <summary>
/// Raises an alert when a condition starts to hold and not again until it has cleared. Subjects not observed in a check
/// keep their state (no data is not a recovery).
/// </summary>
public static class AlertLatch
{
    public static LatchResult Apply(IReadOnlySet<ConditionKey> active, Guid ruleId, IEnumerable<Observation> observations)
    {
        var next = new HashSet<ConditionKey>(active);
        var raised = new List<Observation>();
        var cleared = new List<ConditionKey>();
        foreach (var observation in observations)
        {
            var key = new ConditionKey(ruleId, observation.Subject);
            if (observation.Holds && next.Add(key))
            {
                raised.Add(observation);
            }
            else if (!observation.Holds && next.Remove(key))
            {
                cleared.Add(key);
            }
        }

        return new(next, raised, cleared);
    }
}
