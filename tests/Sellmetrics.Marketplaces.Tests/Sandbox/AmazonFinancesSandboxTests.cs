using Sellmetrics.Marketplaces.Amazon.Finances;

namespace Sellmetrics.Marketplaces.Tests.Sandbox;

public sealed class AmazonFinancesSandboxTests
{
    [Fact]
    public async Task FinancialEventsOfAWindowAreReadAcrossAllPagesWithEveryKindOfEvent()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 3600);
        var api = sandbox.Amazon(await sandbox.CreateSellerAsync(seed: 301));
        var to = DateTimeOffset.UtcNow.AddDays(-1);
        var from = to.AddDays(-90);

        var pages = new List<FinancialEvents>();
        await foreach (var events in api.GetFinancialEventsAsync(from, to, TestContext.Current.CancellationToken))
        {
            pages.Add(events);
        }

        var shipments = pages.SelectMany(p => p.ShipmentEventList ?? []).ToList();
        var refunds = pages.SelectMany(p => p.RefundEventList ?? []).ToList();
        Assert.True(pages.Count > 1, $"expected several pages, got {pages.Count}");
        Assert.NotEmpty(shipments);
        Assert.NotEmpty(refunds);
        Assert.NotEmpty(pages.SelectMany(p => p.ServiceFeeEventList ?? []));
        Assert.NotEmpty(pages.SelectMany(p => p.AdjustmentEventList ?? []));
        Assert.All(shipments, s => Assert.InRange(s.PostedDate!.Value, from.AddSeconds(-1), to));

        var fees = shipments.SelectMany(s => s.ShipmentItemList ?? []).SelectMany(i => i.ItemFeeList ?? []).ToList();
        Assert.Contains(fees, f => f.FeeType == "Commission");
        Assert.All(fees, f => Assert.True(f.FeeAmount!.CurrencyAmount <= 0m, $"{f.FeeType} should be a debit"));
        Assert.Contains(shipments.SelectMany(s => s.ShipmentItemList ?? []).SelectMany(i => i.ItemChargeList ?? []), c => c.ChargeType == "Principal" && c.ChargeAmount!.CurrencyAmount > 0m);
        Assert.Contains(refunds.SelectMany(r => r.ShipmentItemAdjustmentList ?? []).SelectMany(i => i.ItemChargeAdjustmentList ?? []), c => c.ChargeAmount!.CurrencyAmount < 0m);
    }

    [Fact]
    public async Task FinancialEventGroupsAreListedWithTheirTotals()
    {
        await using var sandbox = await SandboxHost.StartAsync(timeScale: 3600);
        var api = sandbox.Amazon(await sandbox.CreateSellerAsync(seed: 302));

        var groups = new List<FinancialEventGroup>();
        await foreach (var group in api.GetFinancialEventGroupsAsync(DateTimeOffset.UtcNow.AddDays(-170), null, TestContext.Current.CancellationToken))
        {
            groups.Add(group);
        }

        Assert.True(groups.Count > 5, $"expected a settlement group every two weeks, got {groups.Count}");
        Assert.Equal(groups.Count, groups.Select(g => g.FinancialEventGroupId).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(groups, g => g.ProcessingStatus == "Closed" && g.OriginalTotal is not null);
    }
}
