using System.Text.Json;
using Sellmetrics.Profit.Totals;
using static Sellmetrics.Profit.Tests.Given;

namespace Sellmetrics.Profit.Tests.Totals;

public sealed class ApiShapeTests
{
    [Fact]
    public void TheSummarySerializesToTheShapeOfTheProfitSummaryRoute()
    {
        var totals = new ProfitTotals("USD", 130.00m, 3, 2, new FeeTotals(12.00m, 9.00m, 2.40m, 1.35m, 24.75m),
            21.25m, 12.00m, 30.00m, 31.00m, 35.00m, 0.2692m, null, 0m);
        var summary = new ProfitSummary(Day("2026-03-01"), Day("2026-03-31"), new([totals]));

        var json = JsonSerializer.Serialize(summary, JsonSerializerOptions.Web);

        Assert.Equal(
            """
            {"from":"2026-03-01","to":"2026-03-31","totals":[{"currency":"USD","revenue":130.00,"units":3,"orders":2,"fees":{"referral":12.00,"fulfillment":9.00,"storage":2.40,"other":1.35,"total":24.75},"refunds":21.25,"reimbursements":12.00,"cogs":30.00,"recurringCosts":31.00,"netProfit":35.00,"margin":0.2692,"roi":null,"estimatedFees":0}]}
            """,
            json);
    }
}
