using Sellmetrics.Alerts.Conditions;
using Sellmetrics.Alerts.Rules;

namespace Sellmetrics.Alerts.Tests.Conditions;

public sealed class AlertLatchTests
{
    private static readonly Guid Rule = Guid.Parse("6f1d2c9e-0000-4000-8000-000000000001");

    private static Observation Low(string sku, bool holds) => new(AlertKind.LowStock, sku, holds, sku);

    [Fact]
    public void AConditionAlertsOnceUntilItClearsThenAgain()
    {
        var first = AlertLatch.Apply(new HashSet<ConditionKey>(), Rule, [Low("A", true), Low("B", false)]);
        var still = AlertLatch.Apply(first.Active, Rule, [Low("A", true)]);
        var cleared = AlertLatch.Apply(still.Active, Rule, [Low("A", false)]);
        var again = AlertLatch.Apply(cleared.Active, Rule, [Low("A", true)]);

        Assert.Equal(["A"], first.Raised.Select(o => o.Subject));
        Assert.Empty(still.Raised);
        Assert.Equal([new ConditionKey(Rule, "A")], cleared.Cleared);
        Assert.Equal(["A"], again.Raised.Select(o => o.Subject));
    }

    [Fact]
    public void ASubjectNotObservedKeepsItsState()
    {
        var first = AlertLatch.Apply(new HashSet<ConditionKey>(), Rule, [Low("A", true)]);

        var next = AlertLatch.Apply(first.Active, Rule, [Low("B", false)]);

        Assert.Contains(new ConditionKey(Rule, "A"), next.Active);
        Assert.Empty(next.Cleared);
    }

    [Fact]
    public void TwoRulesOnOneSubjectLatchApart()
    {
        var other = Guid.Parse("6f1d2c9e-0000-4000-8000-000000000002");
        var first = AlertLatch.Apply(new HashSet<ConditionKey>(), Rule, [Low("A", true)]);

        Assert.Single(AlertLatch.Apply(first.Active, other, [Low("A", true)]).Raised);
    }
}
