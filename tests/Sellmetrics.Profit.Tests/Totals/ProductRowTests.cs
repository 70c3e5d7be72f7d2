using Sellmetrics.Facts.Costs;
using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Days;
using Sellmetrics.Profit.Totals;
using static Sellmetrics.Profit.Tests.Given;

namespace Sellmetrics.Profit.Tests.Totals;

public sealed class ProductRowTests
{
    private static readonly CogsEntry[] Costs =
    [
        new(Mug, 4.00m, "USD", Day("2026-01-01")),
        new(Mug, 4.60m, "USD", Day("2026-03-05")),
    ];

    [Fact]
    public void AProductRowSumsItsOwnBucketsAndShowsTheUnitCostInForceAtTheEndOfTheRange()
    {
        var facts = ForSku() with
        {
            Orders = [Order("o1", "2026-03-04T10:00:00Z"), Order("o2", "2026-03-06T10:00:00Z")],
            Items = [Item("o1", 2, 40.00m), Item("o2", 1, 20.00m)],
            Fees = [Fee("o1", "Commission", -6.00m, "2026-03-05T00:00:00Z"), Fee("o2", "Commission", -3.00m, "2026-03-07T00:00:00Z")],
            Costs = Costs,
        };
        var product = new ProductIdentity(AmazonUs, Mug, "B00TEST", "Blue mug");
        var buckets = DailyBucketCalculator.ComputeAll(facts, ProfitRules.Default);

        var row = Assert.Single(ProfitReport.Product(product, buckets, new DateRange(Day("2026-03-01"), Day("2026-03-31")), new CogsSchedule(Costs)));

        Assert.Equal(
            new ProductProfitRow(AmazonUs, Mug, "B00TEST", "Blue mug", "USD", 3, 60.00m, new FeeTotals(9.00m, 0m, 0m, 0m, 9.00m),
                0m, 0m, 12.60m, 38.40m, 0.64m, 3.0476m, 4.60m, 0m, Day("2026-03-05")),
            row);
    }

    [Fact]
    public void AProductWithoutSalesInTheRangeStillShowsItsUnitCost()
    {
        var row = Assert.Single(ProfitReport.Product(
            new ProductIdentity(AmazonUs, Mug), [], new DateRange(Day("2026-02-01"), Day("2026-02-28")), new CogsSchedule(Costs)));

        Assert.Equal(4.00m, row.UnitCost);
        Assert.Equal(Day("2026-01-01"), row.UnitCostFrom);
        Assert.Equal(0m, row.Revenue);
        Assert.Null(row.Margin);
    }
}
