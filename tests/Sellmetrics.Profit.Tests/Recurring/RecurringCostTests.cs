using Sellmetrics.Facts;
using Sellmetrics.Facts.Costs;
using Sellmetrics.Profit.Buckets;
using Sellmetrics.Profit.Days;
using Sellmetrics.Profit.Totals;
using static Sellmetrics.Profit.Tests.Given;

namespace Sellmetrics.Profit.Tests.Recurring;

public sealed class RecurringCostTests
{
    private static readonly Guid RecurringCostId = Guid.Parse("5b1f0c2e-0d4a-4a6e-9a57-3c1b7f2d9e01");

    private static ProfitTotals Totals(RecurringCost cost, string from, string to)
    {
        var range = new DateRange(Day(from), Day(to));
        var buckets = TenantBucketCalculator.Compute(new TenantFacts { RecurringCosts = [cost] }, range.Days(), ProfitRules.Default);
        return Assert.Single(ProfitReport.Summary(buckets, range).Totals);
    }

    [Fact]
    public void AMonthlyCostIsSpreadOverTheDaysOfEachMonthSoFebruaryDaysCostMoreThanMarchDays()
    {
        var software = new RecurringCost(RecurringCostId, "Repricer", "software", 280.00m, "USD", CostFrequency.Monthly, Day("2027-01-01"));

        Assert.Equal(10.00m, software.AmountOn(Day("2027-02-14")));
        Assert.Equal(9.03m, Totals(software, "2027-03-14", "2027-03-14").RecurringCosts);
        Assert.Equal(280.00m, Totals(software, "2027-02-01", "2027-02-28").RecurringCosts);
        Assert.Equal(280.00m, Totals(software, "2027-03-01", "2027-03-31").RecurringCosts);
    }

    [Fact]
    public void AMonthlyCostInALeapFebruaryIsSpreadOverTwentyNineDays()
    {
        var rent = new RecurringCost(RecurringCostId, "Warehouse", "rent", 290.00m, "USD", CostFrequency.Monthly, Day("2028-01-01"));

        Assert.Equal(10.00m, rent.AmountOn(Day("2028-02-29")));
        Assert.Equal(290.00m, Totals(rent, "2028-02-01", "2028-02-29").RecurringCosts);
    }

    [Fact]
    public void AWeeklyCostIsASeventhPerDayAcrossALeapDay()
    {
        var va = new RecurringCost(RecurringCostId, "Assistant", "staff", 70.00m, "USD", CostFrequency.Weekly, Day("2028-01-01"));

        Assert.Equal(10.00m, va.AmountOn(Day("2028-02-29")));
        Assert.Equal(40.00m, Totals(va, "2028-02-27", "2028-03-01").RecurringCosts);
    }

    [Fact]
    public void AYearlyCostIsSpreadOverThreeHundredSixtySixDaysInALeapYear()
    {
        var insurance = new RecurringCost(RecurringCostId, "Insurance", "insurance", 732.00m, "USD", CostFrequency.Yearly, Day("2027-01-01"));

        Assert.Equal(2.00m, insurance.AmountOn(Day("2028-02-29")));
        Assert.Equal(732.00m / 365m, insurance.AmountOn(Day("2027-06-01")));
        Assert.Equal(732.00m, Totals(insurance, "2028-01-01", "2028-12-31").RecurringCosts);
        Assert.Equal(732.00m, Totals(insurance, "2027-01-01", "2027-12-31").RecurringCosts);
    }

    [Fact]
    public void ADailyCostCountsOnlyFromItsStartDateToItsEndDate()
    {
        var ads = new RecurringCost(RecurringCostId, "Ads tool", "marketing", 5.00m, "USD", CostFrequency.Daily, Day("2026-03-10"), Day("2026-03-12"));

        var totals = Totals(ads, "2026-03-01", "2026-03-31");

        Assert.Equal(15.00m, totals.RecurringCosts);
        Assert.Equal(-15.00m, totals.NetProfit);
    }
}
