using Sellmetrics.Facts;
using Sellmetrics.Profit.Buckets;
using static Sellmetrics.Profit.Tests.Given;

namespace Sellmetrics.Profit.Tests.TimeZones;

public sealed class ReportingDayTests
{
    private static SkuFacts OrderAt(string instant) => ForSku() with
    {
        Orders = [Order("o1", instant)],
        Items = [Item("o1", 1, 20.00m)],
        Fees = [Fee("o1", "Commission", -3.00m, "2026-03-12T12:00:00Z")],
        Refunds = [new("r1", "o1", Mug, At("2026-03-20T02:00:00Z"), "USD", Principal: -20.00m)],
    };

    [Fact]
    public void AnOrderAfterMidnightUtcBelongsToThePreviousDayInLosAngeles()
    {
        var facts = OrderAt("2026-03-10T03:30:00Z");

        var utc = DailyBucketCalculator.ComputeAll(facts, ProfitRules.Default);
        var losAngeles = DailyBucketCalculator.ComputeAll(facts, ProfitRules.InZone("America/Los_Angeles"));

        Assert.Equal(20.00m, utc.On("2026-03-10").Revenue);
        Assert.Equal(20.00m, losAngeles.On("2026-03-09").Revenue);
        Assert.Equal(3.00m, losAngeles.On("2026-03-09").Fees.Referral);
        Assert.Equal(20.00m, losAngeles.On("2026-03-19").Refunds);
        Assert.DoesNotContain(losAngeles, b => b.Day == Day("2026-03-10"));
    }

    [Fact]
    public void AnEveningOrderInUtcBelongsToTheNextDayInTokyo()
    {
        var tokyo = DailyBucketCalculator.ComputeAll(OrderAt("2026-03-10T18:00:00Z"), ProfitRules.InZone("Asia/Tokyo"));

        Assert.Equal(1, tokyo.On("2026-03-11").Units);
        Assert.Equal(3.00m, tokyo.On("2026-03-11").Fees.Total);
    }

    [Fact]
    public void NoTimeZoneMeansUtc() =>
        Assert.Equal("UTC", ProfitRules.InZone(null).TimeZone.Id);
}
