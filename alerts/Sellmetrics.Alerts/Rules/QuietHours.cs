namespace Sellmetrics.Alerts.Rules;

/// <summary>Local hours in which a rule sends no email or webhook (in-app alerts still appear); may wrap past midnight.</summary>
public sealed record QuietHours(TimeOnly From, TimeOnly To)
{
    public bool Contains(TimeOnly time) =>
        From <= To ? time >= From && time < To : time >= From || time < To;
}
