using System.Net;
using System.Text.Json;
using Sellmetrics.Web.Tests.Infrastructure;

namespace Sellmetrics.Web.Tests.Sync;

// The expected numbers come from the sandbox's own record of what each settlement paid (summed from its generated
// events, not from the report text), never from what the product stored.
public sealed class PayoutsTests(SandboxSyncApp fixture) : IClassFixture<SandboxSyncApp>
{

    [Fact]
    public async Task EverySettlementOfTheDefaultSellerReconcilesWithTheLedgerToTheCentOrNamesItsDifferenceLineByLine()
    {
        var startedAt = DateTimeOffset.UtcNow;
        var seller = await Seller.SignUpAsync(fixture.App, "Payouts");
        var credentials = await SyncApp.GetDefaultSellerAsync(fixture.App);
        await SyncApp.ConnectAmazonAsync(seller, credentials);
        await SyncApp.WaitForImportAsync(seller, TimeSpan.FromMinutes(4));
        var truth = await SandboxSettlementsAsync(credentials.GetProperty("sellerId").GetString()!);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var payouts = (await SyncApp.GetAsync(seller, $"/api/payouts?from={today.AddDays(-120):yyyy-MM-dd}&to={today:yyyy-MM-dd}"))
            .EnumerateArray().ToDictionary(p => p.GetProperty("settlementId").GetString()!);

        // Amazon lists a settlement report from its deposit on; the import reads those deposited within the history.
        var imported = truth.Where(t => t.GetProperty("depositDate").GetDateTimeOffset() >= startedAt.AddDays(-SandboxSyncApp.HistoryDays + 1)).ToList();
        Assert.True(imported.Count >= 2, $"only {imported.Count} settlements in the history");
        foreach (var expected in imported)
        {
            var id = expected.GetProperty("settlementId").GetString()!;
            Assert.True(payouts.TryGetValue(id, out var payout), $"settlement {id} is missing");
            Assert.Equal(Money(expected, "total"), Money(payout, "depositAmount"));
            Assert.Equal("USD", payout.GetProperty("currency").GetString());
            Assert.Equal(Money(expected, "sales"), Settled(payout, "sales"));
            Assert.Equal(Money(expected, "fees"), Settled(payout, "fees"));
            Assert.Equal(Money(expected, "refunds"), Settled(payout, "refunds"));
            Assert.Equal(Money(expected, "reimbursements"), Settled(payout, "reimbursements"));
            Assert.Equal(Money(expected, "serviceFees"), Settled(payout, "serviceFees"));
            Assert.Equal(Money(expected, "reserveReleased") - Money(expected, "reserveHeld"), Settled(payout, "reserve"));
            Assert.Equal(0m, Settled(payout, "tax"));
            Assert.Equal(0m, Settled(payout, "other"));

            // Nothing is absorbed: the deposit less the ledger is exactly the sum of the named differences.
            var differences = payout.GetProperty("differences").EnumerateArray().ToList();
            Assert.Equal(Money(payout, "depositAmount") - Money(payout, "ledgerTotal"), differences.Sum(d => Money(d, "difference")));
            Assert.Equal(Money(payout, "difference"), differences.Sum(d => Money(d, "difference")));
            Assert.Equal(
                Money(expected, "reserveReleased") - Money(expected, "reserveHeld"),
                differences.Where(d => Reason(d) == "reserve").Sum(d => Money(d, "difference")));
            Assert.All(differences, d => Assert.Contains(Reason(d), new[] { "reserve", "notInLedger" }));
            Assert.All(differences.Where(d => Reason(d) == "notInLedger"), d => Assert.Equal(0m, Money(d, "ledger")));

            // A settlement whose orders were all bought inside the history has only its reserve left to explain.
            if (expected.GetProperty("periodStart").GetDateTimeOffset() >= startedAt.AddDays(-SandboxSyncApp.HistoryDays + 7))
            {
                Assert.All(differences, d => Assert.Equal("reserve", Reason(d)));
                foreach (var kind in new[] { "sales", "fees", "refunds", "reimbursements", "serviceFees" })
                {
                    Assert.Equal(Settled(payout, kind), Kind(payout, kind).GetProperty("ledger").GetDecimal());
                }
            }
        }
    }

    [Fact]
    public async Task EveryWalmartSettlementReconcilesWithTheLedgerToTheCentOrNamesItsDifferenceLineByLine()
    {
        var startedAt = DateTimeOffset.UtcNow;
        var seller = await Seller.SignUpAsync(fixture.App, "WalmartPayouts");
        var credentials = await SyncApp.CreateSandboxSellerAsync(fixture.App, 7603);
        await AppClient.EnsureOkAsync(await seller.Browser.SendJsonAsync(HttpMethod.Put, "/api/connections/walmart", new
        {
            clientId = credentials.GetProperty("walmartClientId").GetString(),
            clientSecret = credentials.GetProperty("walmartClientSecret").GetString(),
        }));
        await SyncApp.WaitForImportAsync(seller, TimeSpan.FromMinutes(4));
        var truth = (await SyncApp.ControlGetAsync(fixture.App, $"sellers/{Uri.EscapeDataString(credentials.GetProperty("sellerId").GetString()!)}/walmart-settlements")).EnumerateArray().ToList();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var payouts = (await SyncApp.GetAsync(seller, $"/api/payouts?from={today.AddDays(-120):yyyy-MM-dd}&to={today:yyyy-MM-dd}")).EnumerateArray().ToList();

        Assert.All(payouts, p => Assert.Equal(("WALMART_US", "Walmart.com"), (p.GetProperty("marketplace").GetString(), p.GetProperty("storefront").GetString())));
        var byId = payouts.ToDictionary(p => p.GetProperty("settlementId").GetString()!);
        // Walmart lists a cycle's file from its report date on; the import reads the cycles paid within the history.
        var imported = truth.Where(t => t.GetProperty("depositDate").GetDateTimeOffset() >= startedAt.AddDays(-SandboxSyncApp.HistoryDays + 1)).ToList();
        Assert.True(imported.Count >= 2, $"only {imported.Count} Walmart cycles in the history");
        var toTheCent = 0;
        foreach (var expected in imported)
        {
            var id = expected.GetProperty("settlementId").GetString()!;
            Assert.True(byId.TryGetValue(id, out var payout), $"Walmart cycle {id} is missing");
            Assert.Equal(expected.GetProperty("periodStart").GetDateTimeOffset(), payout.GetProperty("periodStart").GetDateTimeOffset());
            Assert.Equal(expected.GetProperty("periodEnd").GetDateTimeOffset(), payout.GetProperty("periodEnd").GetDateTimeOffset());
            Assert.Equal(Money(expected, "total"), Money(payout, "depositAmount"));
            Assert.Equal("USD", payout.GetProperty("currency").GetString());
            foreach (var kind in new[] { "sales", "fees", "refunds", "reimbursements", "serviceFees" })
            {
                Assert.Equal(Money(expected, kind), Settled(payout, kind));
            }

            var reserve = Money(expected, "reserveReleased") - Money(expected, "reserveHeld");
            Assert.Equal(reserve, Settled(payout, "reserve"));
            Assert.Equal(0m, Settled(payout, "tax") + Settled(payout, "other") + Settled(payout, "otherMarketplaces"));

            // Nothing is absorbed: the reserve and each order line sold before the imported history are named one by one.
            var differences = payout.GetProperty("differences").EnumerateArray().ToList();
            Assert.Equal(Money(payout, "depositAmount") - Money(payout, "ledgerTotal"), differences.Sum(d => Money(d, "difference")));
            Assert.Equal(Money(payout, "difference"), differences.Sum(d => Money(d, "difference")));
            Assert.Equal(reserve, differences.Where(d => Reason(d) == "reserve").Sum(d => Money(d, "difference")));
            Assert.All(differences.Where(d => Reason(d) != "reserve"), d => Assert.Equal(("sales", "notInLedger", 0m), (d.GetProperty("kind").GetString(), Reason(d), Money(d, "ledger"))));

            // A cycle whose orders were all placed inside the history reconciles to the cent, kind by kind: only its reserve differs.
            if (expected.GetProperty("periodStart").GetDateTimeOffset() >= startedAt.AddDays(-SandboxSyncApp.HistoryDays + 3))
            {
                Assert.All(differences, d => Assert.Equal("reserve", Reason(d)));
                Assert.Equal(Money(expected, "total") - reserve, Money(payout, "ledgerTotal"));
                toTheCent++;
                foreach (var kind in new[] { "sales", "fees", "refunds" })
                {
                    Assert.Equal(Money(expected, kind), Kind(payout, kind).GetProperty("ledger").GetDecimal());
                }
            }
        }

        Assert.True(toTheCent > 0, "no Walmart cycle lies wholly inside the history");
    }

    [Fact]
    public async Task PayoutsAreTheSellersOwnAndABadRangeIsAProblemNotAnError()
    {
        var owner = await Seller.SignUpAsync(fixture.App, "PayoutsOwner");
        await SyncApp.ConnectAmazonAsync(owner, await SyncApp.CreateSandboxSellerAsync(fixture.App, 7602));
        await SyncApp.WaitForImportAsync(owner, TimeSpan.FromMinutes(4));
        var seller = await Seller.SignUpAsync(fixture.App, "PayoutsStranger");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var range = $"from={today.AddDays(-120):yyyy-MM-dd}&to={today:yyyy-MM-dd}";

        Assert.NotEmpty((await SyncApp.GetAsync(owner, $"/api/payouts?{range}")).EnumerateArray());
        Assert.Empty((await SyncApp.GetAsync(seller, $"/api/payouts?{range}")).EnumerateArray());
        var bad = await seller.Browser.GetAsync("/api/payouts?from=2026-02-30&to=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await seller.Browser.GetAsync("/api/payouts?from=2020-01-01&to=2026-01-01")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await seller.Browser.GetAsync("/api/payouts")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.App.CreateClient().GetAsync($"/api/payouts?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}")).StatusCode);
    }

    private async Task<List<JsonElement>> SandboxSettlementsAsync(string sellerId)
    {
        return [.. (await SyncApp.ControlGetAsync(fixture.App, $"sellers/{Uri.EscapeDataString(sellerId)}/settlements")).EnumerateArray()];
    }

    private static JsonElement Kind(JsonElement payout, string kind) =>
        payout.GetProperty("kinds").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == kind);

    private static decimal Settled(JsonElement payout, string kind) => Kind(payout, kind).GetProperty("settlement").GetDecimal();

    private static decimal Money(JsonElement element, string property) => element.GetProperty(property).GetDecimal();

    private static string? Reason(JsonElement difference) => difference.GetProperty("reason").GetString();
}
