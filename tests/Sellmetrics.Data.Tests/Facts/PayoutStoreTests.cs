using Sellmetrics.Data.Facts;
using Sellmetrics.Facts;
using Sellmetrics.Facts.Payouts;
using Sellmetrics.Testing;

namespace Sellmetrics.Data.Tests.Facts;

public sealed class PayoutStoreTests(TestPostgres postgres)
{
    private const string Us = "ATVPDKIKX0DER";
    private static readonly DateTimeOffset Start = new(2026, 11, 9, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Shipped = Start.AddDays(1).AddHours(2);

    [Fact]
    public async Task ASettlementStoredTwiceIsKeptOnceAndItsLinesMeetTheLedgerFactsOfTheSameOrderLine()
    {
        await using var tenant = await Tenant.CreateAsync(postgres);
        var store = new FactStore(tenant.Database);
        var ct = TestContext.Current.CancellationToken;
        await store.UpsertAsync(tenant.Id, new FactBatch(Us)
        {
            Orders = [new Order("111-1", Us, Start.AddHours(5), OrderStatus.Shipped)],
            Items = [new OrderItem("111-1", "1", "MUG-01", "B0MUG", 2, "USD", 40.00m, 5.00m, 0m, 4.00m, 0m, 3.20m)],
            Fees = [new FeeLine("111-1/MUG-01/Commission", "111-1", "MUG-01", "Commission", "USD", -5.40m, Shipped)],
        }, cancellationToken: ct);
        var settlement = new FactBatch(Us)
        {
            Payouts = [new Payout("S1", Start, Start.AddDays(14), Start.AddDays(15), 36.60m, "USD")],
            PayoutLines =
            [
                new PayoutLine("S1", PayoutKind.Sales, PayoutReferences.Sale("111-1", "MUG-01"), "111-1", "MUG-01", Shipped, 41.00m),
                new PayoutLine("S1", PayoutKind.Fees, PayoutReferences.Posted("111-1", "MUG-01", Shipped), "111-1", "MUG-01", Shipped, -5.40m),
                new PayoutLine("S1", PayoutKind.Reserve, "-/Current Reserve Amount", null, null, Start.AddDays(14), 1.00m),
            ],
        };

        var first = await store.UpsertAsync(tenant.Id, settlement, cancellationToken: ct);
        var second = await store.UpsertAsync(tenant.Id, settlement, cancellationToken: ct);

        Assert.Equal(4, first.Count);
        Assert.Equal(0, second.Count);
        var stored = Assert.Single(await new FactReader(tenant.Database).ListPayoutsAsync(tenant.Id, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), ct));
        Assert.Equal(settlement.Payouts[0], stored.Payout);
        Assert.Equal(3, stored.Lines.Count);
        Assert.Equal(
            [(PayoutKind.Fees, -5.40m), (PayoutKind.Sales, 41.00m)],
            stored.Ledger.OrderBy(l => l.Kind.ToString(), StringComparer.Ordinal).Select(l => (l.Kind, l.Amount)));
    }

    [Fact]
    public async Task ThePayoutLedgerIsWhatTheProfitReadsOfTheSameFactsSummedByItsOwnDefinitions()
    {
        await using var tenant = await Tenant.CreateAsync(postgres);
        var store = new FactStore(tenant.Database);
        var ct = TestContext.Current.CancellationToken;
        var refunded = Shipped.AddDays(3);
        await store.UpsertAsync(tenant.Id, new FactBatch(Us)
        {
            Orders = [new Order("111-2", Us, Start.AddHours(5), OrderStatus.Shipped)],
            Items = [new OrderItem("111-2", "1", "MUG-01", "B0MUG", 1, "USD", 30.00m, 4.99m, 1.50m, 3.00m, 0.99m, 2.10m)],
            Refunds = [new RefundEvent("r1", "111-2", "MUG-01", refunded, "USD", -30.00m, -4.99m, -1.50m, 3.00m, 4.05m, -0.25m)],
            Payouts = [new Payout("S2", Start, Start.AddDays(14), Start.AddDays(15), 0m, "USD")],
            PayoutLines =
            [
                new PayoutLine("S2", PayoutKind.Sales, PayoutReferences.Sale("111-2", "MUG-01"), "111-2", "MUG-01", Shipped, 0m),
                new PayoutLine("S2", PayoutKind.Refunds, PayoutReferences.Posted("111-2", "MUG-01", refunded), "111-2", "MUG-01", refunded, 0m),
            ],
        }, cancellationToken: ct);
        var reader = new FactReader(tenant.Database);

        var stored = Assert.Single(await reader.ListPayoutsAsync(tenant.Id, new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20), ct));
        var profitFacts = await reader.LoadSkuAsync(tenant.Id, Us, "MUG-01", ct);

        Assert.Equal(profitFacts.Items.Sum(i => i.Revenue), stored.Ledger.Single(l => l.Kind == PayoutKind.Sales).Amount);
        Assert.Equal(profitFacts.Refunds.Sum(r => r.Total), stored.Ledger.Single(l => l.Kind == PayoutKind.Refunds).Amount);
        Assert.Equal((32.50m, -29.69m), (profitFacts.Items.Sum(i => i.Revenue), profitFacts.Refunds.Sum(r => r.Total)));
    }
}
